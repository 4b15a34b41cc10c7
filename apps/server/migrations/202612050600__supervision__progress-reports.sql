-- 双控机制建设进展月报 (seed 003, 附件2): each month an enterprise's safety manager reports how far
-- the mechanism is set up. The figures of the enterprise's own data are frozen into the report when
-- it is submitted; the regulator accepts it or returns it for correction (then it is submitted
-- again, the same row). One report per enterprise and month.

create table supervision_progress_reports (
  enterprise_id uuid not null references enterprises (id),
  id uuid not null,
  month char(7) not null check (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  state text not null check (state in ('submitted', 'accepted', 'returned')),
  figures jsonb not null,
  team_established boolean not null,
  rules_established boolean not null,
  training_sessions integer not null check (training_sessions between 0 and 1000),
  trained_people integer not null check (trained_people between 0 and 100000),
  problems text not null default '' check (char_length(problems) <= 2000),
  next_steps text not null default '' check (char_length(next_steps) <= 2000),
  submitted_by uuid references users (id),
  submitted_by_name text not null,
  submitted_at timestamptz not null,
  reviewed_by uuid references users (id),
  reviewed_by_name text,
  reviewed_at timestamptz,
  review_comment text not null default '' check (char_length(review_comment) <= 500),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  unique (enterprise_id, month)
);

-- The regulators' monthly tables read one month across the enterprises.
create index supervision_progress_reports_month on supervision_progress_reports (month, enterprise_id);
