-- Identity: reference data (jurisdictions, industries, regulators) and tenants (enterprises).
-- Tenant tables carry enterprise_id in their primary key and in every foreign key between them,
-- so that they can later be distributed by enterprise_id (Citus) and stay apart by construction.

create table jurisdictions (
  code text primary key,              -- national administrative division code (12 digits below county)
  parent_code text references jurisdictions (code),
  name text not null,
  level text not null check (level in ('province', 'city', 'county', 'township', 'grid')),
  path text not null,                 -- ancestor codes joined by '.', ending with this code
  sort int not null default 0
);
create index jurisdictions_path_idx on jurisdictions (path text_pattern_ops);
create index jurisdictions_parent_idx on jurisdictions (parent_code);

create table industries (
  code text primary key,
  parent_code text references industries (code),
  name_zh text not null,
  name_en text not null,
  gbt4754 text[],               -- GB/T 4754-2017 codes the industry covers
  is_high_risk boolean not null default false,
  sort int not null default 0
);

create table regulators (
  id uuid primary key,
  name text not null,
  kind text not null,
  jurisdiction_code text not null references jurisdictions (code),
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- What a regulator supervises: an industry (or '*' for all) within a jurisdiction subtree.
create table regulator_remits (
  regulator_id uuid not null references regulators (id) on delete cascade,
  jurisdiction_code text not null references jurisdictions (code),
  industry_code text not null,        -- an industries.code, or '*'
  primary key (regulator_id, jurisdiction_code, industry_code)
);

create table enterprises (
  id uuid primary key,                -- the tenant key: other tenant tables call it enterprise_id
  name text not null,
  credit_code text not null unique,
  address text not null,
  jurisdiction_code text not null references jurisdictions (code),
  jurisdiction_path text not null,
  scale text not null check (scale in ('large', 'medium', 'small', 'micro')),
  is_high_risk boolean not null default false,
  principal_name text not null,
  principal_phone text not null,
  contact_name text not null,
  contact_phone text not null,
  lat double precision,
  lng double precision,
  employee_count int,
  safe_since_date date,
  status text not null check (status in ('pending', 'approved', 'rejected')),
  review_reason text,
  reviewed_by uuid,
  reviewed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index enterprises_jurisdiction_path_idx on enterprises (jurisdiction_path text_pattern_ops, name);
create index enterprises_status_idx on enterprises (status);

create table enterprise_industries (
  enterprise_id uuid not null references enterprises (id) on delete cascade,
  industry_code text not null references industries (code),
  primary key (enterprise_id, industry_code)
);
create index enterprise_industries_code_idx on enterprise_industries (industry_code, enterprise_id);

create table org_units (
  enterprise_id uuid not null references enterprises (id) on delete cascade,
  id uuid not null,
  parent_id uuid,
  name text not null,
  kind text not null check (kind in ('department', 'workshop', 'team', 'post')),
  sort int not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  foreign key (enterprise_id, parent_id) references org_units (enterprise_id, id)
);

-- Users are platform-wide (a login name is unique across the platform); enterprise users point
-- into their tenant through (enterprise_id, org_unit_id).
create table users (
  id uuid primary key,
  username text not null unique,
  phone text unique,
  name text not null,
  password_hash text not null,
  status text not null default 'active' check (status in ('active', 'disabled')),
  enterprise_id uuid references enterprises (id),
  regulator_id uuid references regulators (id),
  org_unit_id uuid,
  must_change_password boolean not null default false,
  failed_logins int not null default 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (enterprise_id, org_unit_id) references org_units (enterprise_id, id),
  check (enterprise_id is null or regulator_id is null)
);
create index users_enterprise_idx on users (enterprise_id);
create index users_regulator_idx on users (regulator_id);

create table user_roles (
  user_id uuid not null references users (id) on delete cascade,
  role text not null,
  primary key (user_id, role)
);

create table sessions (
  token_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  csrf_token text not null,
  ip text,
  user_agent text,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user_idx on sessions (user_id);

create table api_tokens (
  id uuid primary key,
  user_id uuid not null references users (id) on delete cascade,
  name text not null,
  token_hash text not null unique,
  prefix text not null,
  scopes text[] not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz
);

-- Failed-login counters per client address, shared by every server process.
create table login_throttle (
  key text primary key,
  window_start timestamptz not null,
  failures int not null
);
