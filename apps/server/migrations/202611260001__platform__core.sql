-- Platform services: audit chain, jobs, files, notifications, working-day calendar.
-- None of these tables knows the domain.

create table audit_chain_heads (
  chain text primary key,             -- an enterprise id, or 'platform'
  seq bigint not null,
  hash text not null
);

create table audit_events (
  chain text not null,
  seq bigint not null,
  id uuid not null unique,
  enterprise_id uuid,
  actor_id uuid,
  actor_name text,
  action text not null,               -- e.g. 'enterprise.updated'
  entity_type text not null,
  entity_id text not null,
  before jsonb,
  after jsonb,
  request_id text,
  ip text,
  occurred_at timestamptz not null,
  prev_hash text not null,
  hash text not null,
  primary key (chain, seq)
);
create index audit_events_entity_idx on audit_events (entity_type, entity_id);
create index audit_events_occurred_idx on audit_events (occurred_at);

create table jobs (
  id uuid primary key,
  name text not null,
  payload jsonb not null default '{}'::jsonb,
  dedupe_key text unique,
  status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
  run_at timestamptz not null default now(),
  attempts int not null default 0,
  max_attempts int not null default 5,
  locked_by text,
  locked_until timestamptz,
  last_error text,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
create index jobs_due_idx on jobs (run_at) where status in ('queued', 'running');

create table job_schedules (
  name text primary key,
  cron text not null,
  next_run_at timestamptz not null,
  last_run_at timestamptz
);

create table notifications (
  id uuid primary key,
  user_id uuid not null,
  kind text not null,
  title text not null,
  body text not null default '',
  link text,
  created_at timestamptz not null default now(),
  read_at timestamptz
);
create index notifications_user_idx on notifications (user_id, created_at desc);

create table notification_channels (
  id uuid primary key,
  owner_type text not null check (owner_type in ('enterprise', 'regulator', 'platform')),
  owner_id text not null,
  provider text not null check (provider in ('smtp', 'dingtalk', 'wecom', 'feishu')),
  target text not null,
  is_enabled boolean not null default true,
  created_at timestamptz not null default now()
);

create table calendar_years (
  year int primary key,
  is_provisional boolean not null,
  updated_by uuid,
  updated_at timestamptz not null default now()
);

create table calendar_days (
  date date primary key,
  year int not null references calendar_years (year) on delete cascade,
  kind text not null check (kind in ('holiday', 'workday')),
  name text not null
);
