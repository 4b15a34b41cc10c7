-- 区域四色图 and 公共区域风险: the jurisdictions' boundaries (uploaded as GeoJSON, one row per
-- jurisdiction, replaced as a set per uploaded subtree) and the public-area risks the government
-- identifies itself, assessed with the register's engine and retired, never deleted.

create table supervision_boundaries (
  jurisdiction_code text primary key references jurisdictions (code),
  -- The jurisdiction's path, so an upload replaces exactly its subtree.
  jurisdiction_path text not null,
  -- Polygons of rings of [lng, lat] (a Polygon is one polygon).
  polygons jsonb not null,
  position_count integer not null check (position_count > 0),
  uploaded_at timestamptz not null default now(),
  uploaded_by uuid,
  uploaded_by_name text
);
create index supervision_boundaries_path on supervision_boundaries (jurisdiction_path text_pattern_ops);

create table supervision_public_risks (
  id uuid primary key,
  name text not null check (char_length(name) between 1 and 100),
  category text not null check (
    category in ('riverEmbankment', 'market', 'pipeline', 'scenicArea', 'constructionSite', 'crowdedPlace', 'road', 'other')
  ),
  description text not null default '',
  jurisdiction_code text not null references jurisdictions (code),
  jurisdiction_path text not null,
  owner_regulator_id uuid not null references regulators (id),
  responsible_unit text not null,
  responsible_person text not null,
  responsible_phone text not null,
  geometry jsonb not null,
  -- A representative point (the point itself, or the polygon's centre) for lists and hit-testing.
  lng double precision not null check (lng between -180 and 180),
  lat double precision not null check (lat between -90 and 90),
  accident_types text[] not null,
  assessment_input jsonb not null,
  assessment jsonb not null,
  level text not null check (level in ('major', 'significant', 'general', 'low')),
  measures text not null default '',
  status text not null default 'active' check (status in ('active', 'retired')),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  created_by uuid,
  created_by_name text,
  updated_at timestamptz not null default now(),
  retired_at timestamptz,
  retired_by uuid,
  retired_by_name text,
  retire_reason text,
  check ((status = 'retired') = (retired_at is not null and retire_reason is not null))
);
create index supervision_public_risks_path on supervision_public_risks (jurisdiction_path text_pattern_ops);

-- Every version of a public-area risk, written in the transaction of its change: the detail page's
-- history (the audit log keeps the before/after too).
create table supervision_public_risk_history (
  risk_id uuid not null references supervision_public_risks (id),
  seq integer not null,
  action text not null check (action in ('created', 'updated', 'retired')),
  at timestamptz not null default now(),
  actor_id uuid,
  actor_name text,
  level text check (level in ('major', 'significant', 'general', 'low')),
  note text,
  primary key (risk_id, seq)
);
