-- 执法: the annual enforcement plan by supervision tier, 双随机、一公开 (pools filed by 31 January,
-- draws from a published seed), the conflict-of-interest register, enforcement inspections with
-- their findings (责令整改, each also a hazard in the enterprise's register) and penalties, and the
-- blacklist with its quarterly publications. Regulator-owned rows (plans, pools, draws,
-- publications) carry no enterprise; rows about one enterprise carry enterprise_id in the key.

create table enforcement_plans (
  id uuid primary key,
  regulator_id uuid not null references regulators (id),
  year smallint not null check (year between 2000 and 2100),
  -- Planned enforcement inspections per enterprise and year, by supervision tier.
  frequency_major smallint not null check (frequency_major between 0 and 24),
  frequency_significant smallint not null check (frequency_significant between 0 and 24),
  frequency_general smallint not null check (frequency_general between 0 and 24),
  frequency_low smallint not null check (frequency_low between 0 and 24),
  -- Share of the plan's general inspections done by 双随机 (Lizhou: at least 70 %).
  random_share_percent smallint not null default 70 check (random_share_percent between 0 and 100),
  note text check (char_length(note) <= 1000),
  updated_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (regulator_id, year)
);

create table inspection_pools (
  id uuid primary key,
  regulator_id uuid not null references regulators (id),
  year smallint not null check (year between 2000 and 2100),
  name text not null check (char_length(name) between 1 and 100),
  -- The filters that built the enterprise pool: industries, scales, levels (empty = any).
  industry_codes text[] not null default '{}',
  scales text[] not null default '{}',
  levels text[] not null default '{}',
  state text not null default 'draft' check (state in ('draft', 'filed')),
  filed_at timestamptz,
  filed_by uuid references users (id),
  -- 备案 is due by 31 January of the pool's year (seed 002).
  is_filed_late boolean not null default false,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((state = 'filed') = (filed_at is not null))
);
create index inspection_pools_regulator_idx on inspection_pools (regulator_id, year desc, created_at desc);

create table inspection_pool_enterprises (
  enterprise_id uuid not null references enterprises (id),
  pool_id uuid not null references inspection_pools (id),
  enterprise_name text not null,
  tier text not null check (tier in ('major', 'significant', 'general', 'low')),
  primary key (enterprise_id, pool_id)
);
create index inspection_pool_enterprises_pool_idx on inspection_pool_enterprises (pool_id);

create table inspection_pool_inspectors (
  pool_id uuid not null references inspection_pools (id),
  user_id uuid not null references users (id),
  name text not null,
  is_expert boolean not null default false,
  primary key (pool_id, user_id)
);

create table random_draws (
  id uuid primary key,
  pool_id uuid not null references inspection_pools (id),
  regulator_id uuid not null references regulators (id),
  title text not null check (char_length(title) between 1 and 100),
  algorithm text not null,
  seed text not null check (char_length(seed) between 1 and 64),
  -- Everything the draw read, in canonical order, published so anyone can reproduce it.
  input jsonb not null,
  result jsonb not null,
  result_digest text not null,
  drawn_by uuid references users (id),
  drawn_at timestamptz not null default now()
);
create index random_draws_pool_idx on random_draws (pool_id, drawn_at desc);
create index random_draws_regulator_idx on random_draws (regulator_id, drawn_at desc);

create table enforcement_conflicts (
  enterprise_id uuid not null references enterprises (id),
  id uuid not null,
  regulator_id uuid not null references regulators (id),
  inspector_id uuid not null references users (id),
  reason text not null check (char_length(reason) between 1 and 300),
  recorded_by uuid references users (id),
  recorded_at timestamptz not null default now(),
  removed_at timestamptz,
  removed_by uuid references users (id),
  removal_reason text check (char_length(removal_reason) <= 300),
  primary key (enterprise_id, id)
);
create unique index enforcement_conflicts_active_uq on enforcement_conflicts (enterprise_id, inspector_id)
  where removed_at is null;
create index enforcement_conflicts_regulator_idx on enforcement_conflicts (regulator_id);

create table enforcement_inspections (
  enterprise_id uuid not null references enterprises (id),
  id uuid not null,
  regulator_id uuid not null references regulators (id),
  kind text not null check (kind in ('random', 'key', 'expert', 'complaint', 'other')),
  draw_id uuid references random_draws (id),
  state text not null default 'planned' check (state in ('planned', 'recorded')),
  inspector_ids uuid[] not null,
  inspector_names text[] not null,
  expert_ids uuid[] not null default '{}',
  expert_names text[] not null default '{}',
  agency_name text check (char_length(agency_name) <= 100),
  planned_on date,
  inspected_on date,
  summary text check (char_length(summary) <= 2000),
  is_published boolean not null default false,
  published_at timestamptz,
  created_by uuid references users (id),
  recorded_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  check ((state = 'recorded') = (inspected_on is not null)),
  check (not is_published or state = 'recorded')
);
create index enforcement_inspections_regulator_idx on enforcement_inspections (regulator_id, created_at desc);
create index enforcement_inspections_enterprise_idx on enforcement_inspections (enterprise_id, inspected_on desc);
create index enforcement_inspections_draw_idx on enforcement_inspections (draw_id) where draw_id is not null;
create index enforcement_inspections_published_idx on enforcement_inspections (published_at desc)
  where is_published;

create table enforcement_findings (
  enterprise_id uuid not null,
  id uuid not null,
  inspection_id uuid not null,
  seq smallint not null,
  description text not null check (char_length(description) between 1 and 1000),
  legal_basis text check (char_length(legal_basis) <= 300),
  grade text not null check (grade in ('general', 'major')),
  -- 责令限期整改指令书: its number and the deadline it sets (working days on the calendar).
  order_no text not null check (char_length(order_no) between 1 and 60),
  deadline date not null,
  hazard_id uuid not null,
  created_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  unique (enterprise_id, inspection_id, seq),
  foreign key (enterprise_id, inspection_id) references enforcement_inspections (enterprise_id, id),
  foreign key (enterprise_id, hazard_id) references hazards (enterprise_id, id)
);

-- 行政处罚 and other enforcement measures. Read by the tier adjustment ("penalties within a year"):
-- enterprise_id, decided_at.
create table enforcement_penalties (
  enterprise_id uuid not null references enterprises (id),
  id uuid not null,
  regulator_id uuid not null references regulators (id),
  inspection_id uuid,
  kind text not null check (
    kind in ('warning', 'fine', 'confiscation', 'suspension', 'licenceRevocation', 'closure', 'detention', 'other')
  ),
  amount_fen bigint check (amount_fen >= 0),
  decision_no text not null check (char_length(decision_no) between 1 and 60),
  decided_at date not null,
  legal_basis text check (char_length(legal_basis) <= 300),
  description text check (char_length(description) <= 1000),
  recorded_by uuid references users (id),
  created_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  foreign key (enterprise_id, inspection_id) references enforcement_inspections (enterprise_id, id),
  check ((kind = 'fine') = (amount_fen is not null))
);
create index enforcement_penalties_decided_idx on enforcement_penalties (enterprise_id, decided_at desc);
create index enforcement_penalties_regulator_idx on enforcement_penalties (regulator_id, decided_at desc);

create table blacklist_entries (
  enterprise_id uuid not null references enterprises (id),
  id uuid not null,
  regulator_id uuid not null references regulators (id),
  legal_basis text not null check (char_length(legal_basis) between 1 and 300),
  reason text not null check (char_length(reason) between 1 and 1000),
  decision_no text not null check (char_length(decision_no) between 1 and 60),
  decided_on date not null,
  added_by uuid references users (id),
  added_at timestamptz not null default now(),
  removed_at timestamptz,
  removed_by uuid references users (id),
  removal_reason text check (char_length(removal_reason) <= 1000),
  primary key (enterprise_id, id)
);
create unique index blacklist_entries_active_uq on blacklist_entries (enterprise_id, regulator_id)
  where removed_at is null;
create index blacklist_entries_regulator_idx on blacklist_entries (regulator_id, added_at desc);

create table blacklist_publications (
  id uuid primary key,
  regulator_id uuid not null references regulators (id),
  year smallint not null check (year between 2000 and 2100),
  quarter smallint not null check (quarter between 1 and 4),
  -- The list as published: what the entries said at that moment.
  entries jsonb not null,
  published_by uuid references users (id),
  published_at timestamptz not null default now(),
  unique (regulator_id, year, quarter)
);
