-- 隐患排查: the checklist derived from the register's investigation measures, the tasks generated
-- from each item's cycle, the records that answer them, and the periods a unit is out of service.
-- Items copy what they show from the register (unit, measure, failure sign) and keep no foreign key
-- to it: a measure deleted from the register retires its item, and past tasks and records must
-- still read as they were checked.

create table inspection_items (
  enterprise_id uuid not null references enterprises (id),
  id uuid not null,
  measure_id uuid not null,
  event_id uuid not null,
  unit_id uuid not null,
  unit_name text not null,
  event_name text not null,
  measure_content text not null,
  failure_sign text not null default '',
  troubleshoot_content text not null default '',
  responsible_unit_id uuid,
  responsible_user_id uuid,
  check_cycle integer not null default 1 check (check_cycle > 0),
  check_cycle_unit text not null default 'day'
    check (check_cycle_unit in ('hour', 'shift', 'day', 'week', 'month', 'quarter', 'year')),
  work_start_time text check (work_start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  work_end_time text check (work_end_time ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'),
  day_type text not null default 'everyDay' check (day_type in ('everyDay', 'workingDays', 'nonWorkingDays')),
  work_type text not null default 'routine' check (work_type in ('routine', 'principal', 'technical', 'operational')),
  -- Cycles count from here and nothing is due before it.
  active_from date not null,
  retired_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  unique (enterprise_id, measure_id),
  -- The national model requires a window for hourly cycles.
  check (check_cycle_unit <> 'hour' or (work_start_time is not null and work_end_time is not null))
);
create index inspection_items_unit_idx on inspection_items (enterprise_id, unit_id);

create table inspection_tasks (
  enterprise_id uuid not null,
  id uuid not null,
  item_id uuid not null,
  measure_id uuid not null,
  unit_id uuid not null,
  -- With item_id the stable key: generation inserts with "on conflict do nothing", so running it
  -- twice, or again after downtime, creates each task once.
  period_start text not null,
  due_date date not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  check_cycle integer not null check (check_cycle > 0),
  check_cycle_unit text not null,
  work_start_time text,
  work_end_time text,
  day_type text not null,
  work_type text not null,
  -- The item number on the steward's checklist, for steward tasks.
  steward_item_no integer,
  status text not null default 'pending' check (status in ('pending', 'done', 'notChecked')),
  created_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  unique (enterprise_id, item_id, period_start),
  foreign key (enterprise_id, item_id) references inspection_items (enterprise_id, id)
);
create index inspection_tasks_due_idx on inspection_tasks (enterprise_id, due_date, unit_id);
-- The miss sweep reads pending tasks whose window has closed.
create index inspection_tasks_pending_idx on inspection_tasks (ends_at) where status = 'pending';

create table inspection_records (
  enterprise_id uuid not null,
  id uuid not null,
  task_id uuid not null,
  check_time timestamptz not null,
  check_status text not null check (check_status in ('normal', 'hazardFound', 'notChecked', 'other')),
  is_steward boolean not null default false,
  by_mobile boolean not null default false,
  checked_by uuid,
  checked_by_name text not null default '',
  note text not null default '',
  created_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  foreign key (enterprise_id, task_id) references inspection_tasks (enterprise_id, id)
);
create index inspection_records_task_idx on inspection_records (enterprise_id, task_id);

create table inspection_record_answers (
  enterprise_id uuid not null,
  record_id uuid not null,
  item_id uuid not null,
  answer text not null check (answer in ('normal', 'abnormal', 'notApplicable')),
  note text not null default '',
  primary key (enterprise_id, record_id, item_id),
  foreign key (enterprise_id, record_id) references inspection_records (enterprise_id, id),
  foreign key (enterprise_id, item_id) references inspection_items (enterprise_id, id)
);

-- 停用/检维修: generation pauses for the unit from start up to end (open while end is null).
create table inspection_out_of_service (
  enterprise_id uuid not null references enterprises (id),
  id uuid not null,
  unit_id uuid not null,
  start_at timestamptz not null,
  end_at timestamptz,
  reason text not null,
  created_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  check (end_at is null or end_at > start_at)
);
create index inspection_out_of_service_unit_idx on inspection_out_of_service (enterprise_id, unit_id);
