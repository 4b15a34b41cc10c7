-- How often each steward role (包保责任人) checks, per enterprise. A missing row means the product
-- default (principal quarterly, technical monthly, operational weekly).
create table inspection_steward_defaults (
  enterprise_id uuid not null references enterprises (id),
  role text not null check (role in ('principal', 'technical', 'operational')),
  check_cycle integer not null check (check_cycle between 1 and 1000),
  check_cycle_unit text not null check (check_cycle_unit in ('hour', 'shift', 'day', 'week', 'month', 'quarter', 'year')),
  updated_at timestamptz not null default now(),
  primary key (enterprise_id, role)
);
