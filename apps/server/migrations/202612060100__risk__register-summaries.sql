-- Each enterprise's live units counted by current level and 失控, kept by the database itself as
-- the units change (ADR 0022). Regulators grade a whole county at once: reading 20,000 of these
-- rows replaces aggregating 200,000 units per request. Every write path of risk_units (commands,
-- imports, templates, subscribers, seeds, cascades) keeps it right without knowing about it,
-- because the statement triggers below apply each statement's net change. Deltas, not recounts:
-- two transactions changing one enterprise's units add up under the row lock instead of one
-- overwriting the other's count.
create table risk_register_summaries (
  enterprise_id uuid primary key references enterprises (id) on delete cascade,
  major_units integer not null default 0,
  significant_units integer not null default 0,
  general_units integer not null default 0,
  low_units integer not null default 0,
  unassessed_units integer not null default 0,
  out_of_control_units integer not null default 0
);

create function risk_register_summaries_apply() returns trigger language plpgsql as $$
declare
  -- Only live units count: archiving leaves the register, restoring comes back. A statement's
  -- transition tables exist only for its own event, hence the text.
  added constant text := 'select enterprise_id, current_level, out_of_control_reason, 1 as sign
    from new_units where archived_at is null';
  removed constant text := 'select enterprise_id, current_level, out_of_control_reason, -1 as sign
    from old_units where archived_at is null';
begin
  execute format($q$
    insert into risk_register_summaries as s (enterprise_id, major_units, significant_units,
      general_units, low_units, unassessed_units, out_of_control_units)
    select * from (
      select d.enterprise_id,
        coalesce(sum(d.sign) filter (where d.current_level = 'major'), 0) as major,
        coalesce(sum(d.sign) filter (where d.current_level = 'significant'), 0) as significant,
        coalesce(sum(d.sign) filter (where d.current_level = 'general'), 0) as general,
        coalesce(sum(d.sign) filter (where d.current_level = 'low'), 0) as low,
        coalesce(sum(d.sign) filter (where d.current_level is null), 0) as unassessed,
        coalesce(sum(d.sign) filter (where d.out_of_control_reason is not null), 0) as out_of_control
      from (%s) d
      group by d.enterprise_id) net
    -- An edit that moves no count (a renamed unit) writes nothing.
    where (major, significant, general, low, unassessed, out_of_control) <> (0, 0, 0, 0, 0, 0)
    on conflict (enterprise_id) do update set
      major_units = s.major_units + excluded.major_units,
      significant_units = s.significant_units + excluded.significant_units,
      general_units = s.general_units + excluded.general_units,
      low_units = s.low_units + excluded.low_units,
      unassessed_units = s.unassessed_units + excluded.unassessed_units,
      out_of_control_units = s.out_of_control_units + excluded.out_of_control_units$q$,
    case TG_OP when 'INSERT' then added when 'DELETE' then removed
      else added || ' union all ' || removed end);
  return null;
end $$;

create trigger risk_register_summaries_insert after insert on risk_units
  referencing new table as new_units for each statement execute function risk_register_summaries_apply();
create trigger risk_register_summaries_update after update on risk_units
  referencing new table as new_units old table as old_units
  for each statement execute function risk_register_summaries_apply();
create trigger risk_register_summaries_delete after delete on risk_units
  referencing old table as old_units for each statement execute function risk_register_summaries_apply();

insert into risk_register_summaries (enterprise_id, major_units, significant_units, general_units,
  low_units, unassessed_units, out_of_control_units)
select enterprise_id,
  count(*) filter (where current_level = 'major'),
  count(*) filter (where current_level = 'significant'),
  count(*) filter (where current_level = 'general'),
  count(*) filter (where current_level = 'low'),
  count(*) filter (where current_level is null),
  count(*) filter (where out_of_control_reason is not null)
from risk_units where archived_at is null
group by enterprise_id;

-- The major hazard sources of a remit, read with the counts above: a few hundred index entries
-- instead of a scan of every risk point.
create index risk_objects_major_source_idx on risk_objects (enterprise_id) include (major_source_grade)
  where is_major_source and archived_at is null;
