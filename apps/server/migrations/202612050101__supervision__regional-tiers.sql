-- 分级监管: each regulator's tier table, the adjusted enterprise level → supervision tier and the
-- planned enforcement inspections a year (high-risk industries and the others). A regulator's own
-- record, not an enterprise's: no enterprise_id. Without rows the defaults in code apply.
create table supervision_tier_tables (
  regulator_id uuid not null references regulators (id),
  level text not null check (level in ('major', 'significant', 'general', 'low')),
  tier text not null check (tier in ('key', 'strict', 'general', 'routine')),
  inspections_high_risk integer not null check (inspections_high_risk between 0 and 52),
  inspections_other integer not null check (inspections_other between 0 and 52),
  updated_at timestamptz not null default now(),
  updated_by uuid references users (id),
  updated_by_name text not null default '',
  primary key (regulator_id, level)
);

-- 区域安全风险数据库 and the regulator's dashboard read the registers of a whole county at once.
-- 本周变化: level changes of every enterprise within the last days, newest first.
create index risk_unit_level_history_at_idx on risk_unit_level_history (at desc);
-- The live units of an enterprise by level: the database's rows, the dashboard's counts and the
-- enterprise's overall level (a few index probes per enterprise instead of reading every unit).
create index risk_units_active_level_idx on risk_units (enterprise_id, current_level)
  where archived_at is null;
-- 失控 units (a missed check's evidence is active).
create index risk_units_out_of_control_idx on risk_units (enterprise_id)
  where archived_at is null and out_of_control_reason is not null;
-- Open 重大事故隐患 per enterprise (the tier facts and the dashboard).
create index hazards_open_major_idx on hazards (enterprise_id)
  where grade = 'major' and state in ('confirmed', 'rectifying', 'accepting');
