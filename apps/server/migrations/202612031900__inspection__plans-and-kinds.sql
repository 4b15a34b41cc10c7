-- 排查类型 and ad-hoc plans. Every task carries its kind by the national source codes (dangerSrc
-- 1–10) so a hazard it finds is registered with its source as it is; routine tasks are 1. A plan
-- (季节性、节假日前、专项、复产复工前…) gives each item in its scope one task over its date range,
-- keyed by period_start 'plan:<id>' so the (item, period start) uniqueness covers plan tasks too.
alter table inspection_tasks add column kind smallint not null default 1 check (kind between 1 and 10);
alter table inspection_tasks add column plan_id uuid;
-- A plan's tasks are its assignees' (null: the item's responsible person, or everyone).
alter table inspection_tasks add column assignee_ids uuid[];

create table inspection_plans (
  enterprise_id uuid not null,
  id uuid not null,
  name text not null,
  kind smallint not null check (kind in (2, 3, 4, 5, 6, 7, 8, 10)),
  start_date date not null,
  end_date date not null check (end_date >= start_date),
  work_start_time text,
  work_end_time text,
  unit_ids uuid[] not null default '{}',
  item_ids uuid[] not null default '{}',
  assignee_ids uuid[] not null,
  description text not null default '',
  created_by uuid,
  created_by_name text not null default '',
  created_at timestamptz not null default now(),
  cancelled_at timestamptz,
  cancel_reason text,
  primary key (enterprise_id, id)
);
create index inspection_plans_dates_idx on inspection_plans (enterprise_id, end_date desc);
create index inspection_tasks_plan_idx on inspection_tasks (enterprise_id, plan_id) where plan_id is not null;
