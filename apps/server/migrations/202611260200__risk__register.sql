-- Risk graded control (安全风险分级管控): the enterprise's risk register.
-- The chain follows the national data model: risk object → risk unit → risk event → control measure.
-- Every table is a tenant table: enterprise_id leads the primary key and every foreign key.

create table risk_settings (
  enterprise_id uuid primary key references enterprises (id) on delete cascade,
  default_method text not null default 'lec' check (default_method in ('lec', 'ls', 'mes')),
  lec_table text not null default 'lec-default@1',
  ls_table text not null default 'ls-default@1',
  mes_table text not null default 'mes-default@1',
  last_full_review_at date,
  updated_at timestamptz not null default now()
);

-- Which control tier holds each level (defaults in code when a row is absent).
create table risk_control_tier_rules (
  enterprise_id uuid not null references enterprises (id) on delete cascade,
  level text not null check (level in ('major', 'significant', 'general', 'low')),
  tier text not null check (tier in ('company', 'department', 'workshop', 'team', 'post')),
  primary key (enterprise_id, level)
);

create table risk_objects (
  enterprise_id uuid not null references enterprises (id) on delete cascade,
  id uuid not null,
  code text not null,
  name text not null,
  kind text not null check (kind in ('facility', 'area', 'device', 'activity')),
  description text not null default '',
  responsible_unit_id uuid,
  responsible_user_id uuid references users (id),
  is_major_source boolean not null default false,
  major_source_code text,
  major_source_grade int check (major_source_grade between 1 and 4),
  exposed_population int check (exposed_population >= 0),
  lat double precision,
  lng double precision,
  sort int not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  archived_at timestamptz,
  primary key (enterprise_id, id),
  unique (enterprise_id, code),
  foreign key (enterprise_id, responsible_unit_id) references org_units (enterprise_id, id)
);

create table risk_units (
  enterprise_id uuid not null,
  id uuid not null,
  object_id uuid not null,
  code text not null,
  name text not null,
  description text not null default '',
  responsible_unit_id uuid,
  responsible_user_id uuid references users (id),
  control_tier text check (control_tier in ('company', 'department', 'workshop', 'team', 'post')),
  control_unit_id uuid,
  control_user_id uuid references users (id),
  status text not null default 'draft' check (status in ('draft', 'submitted', 'reviewed', 'approved')),
  version int not null default 0,            -- approved versions so far
  inherent_level text check (inherent_level in ('major', 'significant', 'general', 'low')),
  residual_level text check (residual_level in ('major', 'significant', 'general', 'low')),
  current_level text check (current_level in ('major', 'significant', 'general', 'low')),
  needs_reassessment boolean not null default false,
  reassessment_reason text,
  last_assessed_at timestamptz,
  lat double precision,
  lng double precision,
  sort int not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  archived_at timestamptz,
  primary key (enterprise_id, id),
  unique (enterprise_id, code),
  foreign key (enterprise_id, object_id) references risk_objects (enterprise_id, id) on delete cascade,
  foreign key (enterprise_id, responsible_unit_id) references org_units (enterprise_id, id),
  foreign key (enterprise_id, control_unit_id) references org_units (enterprise_id, id)
);
create index risk_units_object_idx on risk_units (enterprise_id, object_id, sort);
create index risk_units_level_idx on risk_units (enterprise_id, current_level);

-- Posts exposed to a unit's risks: their risk cards list the unit.
create table risk_unit_posts (
  enterprise_id uuid not null,
  unit_id uuid not null,
  post_id uuid not null,
  primary key (enterprise_id, unit_id, post_id),
  foreign key (enterprise_id, unit_id) references risk_units (enterprise_id, id) on delete cascade,
  foreign key (enterprise_id, post_id) references org_units (enterprise_id, id)
);
create index risk_unit_posts_post_idx on risk_unit_posts (enterprise_id, post_id);

-- Job steps of a work activity (JHA) and check items of a facility (SCL).
create table risk_unit_steps (
  enterprise_id uuid not null,
  id uuid not null,
  unit_id uuid not null,
  kind text not null check (kind in ('jhaStep', 'sclItem')),
  seq int not null,
  name text not null,
  standard text not null default '',         -- SCL: the standard the item is checked against
  primary key (enterprise_id, id),
  foreign key (enterprise_id, unit_id) references risk_units (enterprise_id, id) on delete cascade
);

create table risk_events (
  enterprise_id uuid not null,
  id uuid not null,
  unit_id uuid not null,
  step_id uuid,
  name text not null,
  description text not null default '',
  accident_types_1986 text[] not null default '{}',
  accident_types_2025 text[] not null default '{}',
  state text not null default 'normal' check (state in ('normal', 'abnormal', 'emergency')),
  tense text not null default 'present' check (tense in ('past', 'present', 'future')),
  consequences text not null default '',
  data_src text not null default 'investigation' check (data_src in ('monitoring', 'investigation')),
  inherent_level text check (inherent_level in ('major', 'significant', 'general', 'low')),
  residual_level text check (residual_level in ('major', 'significant', 'general', 'low')),
  inherent_assessment_id uuid,
  residual_assessment_id uuid,
  sort int not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  foreign key (enterprise_id, unit_id) references risk_units (enterprise_id, id) on delete cascade,
  foreign key (enterprise_id, step_id) references risk_unit_steps (enterprise_id, id) on delete set null (step_id)
);
create index risk_events_unit_idx on risk_events (enterprise_id, unit_id, sort);

create table risk_event_factors (
  enterprise_id uuid not null,
  event_id uuid not null,
  code text not null,                         -- GB/T 13861-2022
  note text not null default '',
  primary key (enterprise_id, event_id, code),
  foreign key (enterprise_id, event_id) references risk_events (enterprise_id, id) on delete cascade
);

-- Immutable evaluation snapshots: enough to recompute and explain every level.
create table risk_assessments (
  enterprise_id uuid not null,
  id uuid not null,
  event_id uuid not null,
  kind text not null check (kind in ('inherent', 'residual')),
  method text not null check (method in ('lec', 'ls', 'mes', 'direct')),
  table_version text not null,
  inputs jsonb not null,
  score double precision,
  level text not null check (level in ('major', 'significant', 'general', 'low')),
  band jsonb,
  explanation text not null,
  assessed_by uuid references users (id),
  assessed_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  foreign key (enterprise_id, event_id) references risk_events (enterprise_id, id) on delete cascade
);
create index risk_assessments_event_idx on risk_assessments (enterprise_id, event_id, assessed_at desc);

create table risk_control_measures (
  enterprise_id uuid not null,
  id uuid not null,
  event_id uuid not null,
  kind text not null check (kind in ('control', 'emergency')),
  hierarchy text check (hierarchy in ('elimination', 'substitution', 'engineering', 'administrative', 'ppe')),
  classify1 text,
  classify2 text,
  classify3 text,
  content text not null,
  troubleshoot_content text not null default '',   -- 隐患排查内容: what a check looks at
  failure_sign text not null default '',            -- 风险失控表现
  responsible_unit_id uuid,
  responsible_user_id uuid references users (id),
  sort int not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  foreign key (enterprise_id, event_id) references risk_events (enterprise_id, id) on delete cascade,
  foreign key (enterprise_id, responsible_unit_id) references org_units (enterprise_id, id),
  check (kind = 'emergency' or hierarchy is not null)
);
create index risk_control_measures_event_idx on risk_control_measures (enterprise_id, event_id, sort);

-- 包保责任人: exactly one principal, one technical and one operational person per major source.
create table risk_object_stewards (
  enterprise_id uuid not null,
  object_id uuid not null,
  role text not null check (role in ('principal', 'technical', 'operational')),
  user_id uuid references users (id),
  name text not null,
  title text not null default '',
  phone text not null,
  primary key (enterprise_id, object_id, role),
  foreign key (enterprise_id, object_id) references risk_objects (enterprise_id, id) on delete cascade
);

-- Signed steps of the approval chain (draft → submitted → reviewed → approved).
create table risk_unit_signatures (
  enterprise_id uuid not null,
  id uuid not null,
  unit_id uuid not null,
  action text not null check (action in ('submit', 'review', 'approve', 'reject', 'withdraw', 'reopen')),
  from_status text not null,
  to_status text not null,
  actor_id uuid not null references users (id),
  actor_name text not null,
  comment text not null default '',
  content_hash text not null,                 -- SHA-256 of the unit's content as signed
  signed_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  foreign key (enterprise_id, unit_id) references risk_units (enterprise_id, id) on delete cascade
);
create index risk_unit_signatures_unit_idx on risk_unit_signatures (enterprise_id, unit_id, signed_at);

create table risk_unit_versions (
  enterprise_id uuid not null,
  unit_id uuid not null,
  version int not null,
  snapshot jsonb not null,
  approved_by uuid references users (id),
  approved_at timestamptz not null default now(),
  primary key (enterprise_id, unit_id, version),
  foreign key (enterprise_id, unit_id) references risk_units (enterprise_id, id) on delete cascade
);

create table risk_register_revisions (
  enterprise_id uuid not null references enterprises (id) on delete cascade,
  revision int not null,
  note text not null default '',
  snapshot jsonb not null,
  summary jsonb not null,
  published_by uuid references users (id),
  published_at timestamptz not null default now(),
  primary key (enterprise_id, revision)
);

-- Evidence that raises a unit's current level above its assessed residual level, from any module
-- (a missed check, an open hazard, a sensor alarm); cleared evidence stops counting.
create table risk_level_evidence (
  enterprise_id uuid not null,
  id uuid not null,
  unit_id uuid not null,
  level text not null check (level in ('major', 'significant', 'general', 'low')),
  source text not null,                       -- e.g. 'hazard.open', 'inspection.missed-check'
  reason text not null,
  ref_type text,
  ref_id text,
  raised_by uuid references users (id),
  raised_at timestamptz not null default now(),
  cleared_at timestamptz,
  cleared_by uuid references users (id),
  clear_reason text,
  primary key (enterprise_id, id),
  foreign key (enterprise_id, unit_id) references risk_units (enterprise_id, id) on delete cascade
);
create index risk_level_evidence_active_idx on risk_level_evidence (enterprise_id, unit_id) where cleared_at is null;

create table risk_unit_level_history (
  enterprise_id uuid not null,
  id uuid not null,
  unit_id uuid not null,
  from_level text,
  to_level text,
  cause text not null,                        -- 'assessment', 'evidence-raised', 'evidence-cleared', …
  reason text not null default '',
  actor_id uuid references users (id),
  at timestamptz not null default now(),
  primary key (enterprise_id, id),
  foreign key (enterprise_id, unit_id) references risk_units (enterprise_id, id) on delete cascade
);
create index risk_unit_level_history_unit_idx on risk_unit_level_history (enterprise_id, unit_id, at);

-- Recorded changes (law, organisation, process, equipment, environment) that call for re-assessment.
create table risk_changes (
  enterprise_id uuid not null references enterprises (id) on delete cascade,
  id uuid not null,
  kind text not null check (kind in ('law', 'organisation', 'process', 'equipment', 'environment')),
  description text not null,
  recorded_by uuid references users (id),
  recorded_at timestamptz not null default now(),
  primary key (enterprise_id, id)
);
create table risk_change_units (
  enterprise_id uuid not null,
  change_id uuid not null,
  unit_id uuid not null,
  primary key (enterprise_id, change_id, unit_id),
  foreign key (enterprise_id, change_id) references risk_changes (enterprise_id, id) on delete cascade,
  foreign key (enterprise_id, unit_id) references risk_units (enterprise_id, id) on delete cascade
);

create table risk_site_plans (
  enterprise_id uuid not null,
  id uuid not null,
  name text not null,
  file_id uuid not null,
  width int not null check (width > 0),
  height int not null check (height > 0),
  created_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  foreign key (enterprise_id, file_id) references files (enterprise_id, id)
);
-- A unit drawn on a plan: geometry in plan fractions (0..1): {"type":"polygon","points":[[x,y],…]} or {"type":"point","x":…,"y":…}.
create table risk_unit_placements (
  enterprise_id uuid not null,
  unit_id uuid not null,
  plan_id uuid not null,
  geometry jsonb not null,
  primary key (enterprise_id, unit_id, plan_id),
  foreign key (enterprise_id, unit_id) references risk_units (enterprise_id, id) on delete cascade,
  foreign key (enterprise_id, plan_id) references risk_site_plans (enterprise_id, id) on delete cascade
);

-- GB 18218: design-maximum inventory per production or storage unit (a risk object).
create table risk_major_source_inventories (
  enterprise_id uuid not null,
  object_id uuid not null,
  substance_code text not null,
  quantity_tonnes double precision not null check (quantity_tonnes >= 0),
  hazard_classes text[] not null default '{}',
  primary key (enterprise_id, object_id, substance_code),
  foreign key (enterprise_id, object_id) references risk_objects (enterprise_id, id) on delete cascade
);
create table risk_major_source_evaluations (
  enterprise_id uuid not null,
  id uuid not null,
  object_id uuid not null,
  inputs jsonb not null,
  result jsonb not null,
  evaluated_by uuid references users (id),
  evaluated_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  foreign key (enterprise_id, object_id) references risk_objects (enterprise_id, id) on delete cascade
);
