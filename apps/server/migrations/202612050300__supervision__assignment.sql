-- Seed 002's 分级制, 交办制, 销号制 and 通报制 for the regulators.
--
-- supervision_assignments: one row per significant or major risk unit registered (登记造册) from
-- an enterprise's approved register, with its letter (交办函) once assigned, its receipt and
-- acknowledgement. A unit has at most one active row; a closed (销号) or lapsed one stays as history
-- and a later raise registers it again.
create table supervision_assignments (
  enterprise_id uuid not null references enterprises (id),
  id uuid not null,
  unit_id uuid not null,
  state text not null check (state in (
    'toAssign', 'issued', 'received', 'acknowledged', 'closeOutRequested', 'closeOutReturned',
    'closed', 'lapsed')),
  graded_level text not null check (graded_level in ('major', 'significant')),
  current_level text check (current_level in ('major', 'significant', 'general', 'low')),
  graded_on date not null,
  assign_due_on date not null,
  regulator_id uuid references regulators (id),
  regulator_name text,
  doc_number text,
  doc_year integer,
  doc_seq integer,
  letter jsonb,
  respond_by date,
  issued_at timestamptz,
  issued_by uuid references users (id),
  issued_by_name text,
  received_at timestamptz,
  received_by uuid references users (id),
  received_by_name text,
  acknowledged_at timestamptz,
  acknowledged_by uuid references users (id),
  acknowledged_by_name text,
  verify_due_on date,
  closed_at timestamptz,
  lapsed_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  foreign key (enterprise_id, unit_id) references risk_units (enterprise_id, id),
  check ((state = 'toAssign' or state = 'lapsed') = (doc_number is null))
);
create unique index supervision_assignments_active_unit
  on supervision_assignments (enterprise_id, unit_id) where state not in ('closed', 'lapsed');
create unique index supervision_assignments_doc_number
  on supervision_assignments (regulator_id, doc_year, doc_seq) where doc_seq is not null;
create index supervision_assignments_state on supervision_assignments (state, assign_due_on);

-- 销号申请: each round the principal signs, with the regulator's decision. Kept, never rewritten
-- but for the decision.
create table supervision_close_outs (
  enterprise_id uuid not null references enterprises (id),
  id uuid not null,
  assignment_id uuid not null,
  level_at_request text not null check (level_at_request in ('general', 'low')),
  statement text not null,
  requested_by uuid not null references users (id),
  requested_by_name text not null,
  requested_at timestamptz not null,
  signed_content jsonb not null,
  content_sha256 text not null,
  verify_due_on date not null,
  decision text check (decision in ('approved', 'returned')),
  decision_reason text,
  decided_by uuid references users (id),
  decided_by_name text,
  decided_at timestamptz,
  -- A close-out of a major risk goes to the public portal.
  published boolean not null default false,
  primary key (enterprise_id, id),
  foreign key (enterprise_id, assignment_id) references supervision_assignments (enterprise_id, id)
);
create unique index supervision_close_outs_open
  on supervision_close_outs (enterprise_id, assignment_id) where decision is null;
create index supervision_close_outs_published on supervision_close_outs (decided_at) where published;

-- 周调度 and 月通报: a regulator's issued snapshot with its document number.
create table supervision_bulletins (
  id uuid primary key,
  regulator_id uuid not null references regulators (id),
  kind text not null check (kind in ('weeklyDispatch', 'monthlyNotice')),
  period_start date not null,
  period_end date not null,
  doc_number text not null,
  doc_year integer not null,
  doc_seq integer not null,
  title text not null,
  snapshot jsonb not null,
  issued_at timestamptz not null,
  issued_by uuid not null references users (id),
  issued_by_name text not null,
  unique (regulator_id, kind, doc_year, doc_seq),
  check (period_start <= period_end)
);

-- The enterprises a bulletin is published to (their inbox; each reads only its own section).
create table supervision_bulletin_recipients (
  enterprise_id uuid not null references enterprises (id),
  bulletin_id uuid not null references supervision_bulletins (id),
  primary key (enterprise_id, bulletin_id)
);

-- Document numbers (发文字号) per regulator, kind of document and year, without gaps: the counter
-- moves in the transaction that issues the document.
create table supervision_document_counters (
  regulator_id uuid not null references regulators (id),
  word text not null,
  year integer not null,
  last_seq integer not null,
  primary key (regulator_id, word, year)
);
