-- The national dataSrc (1 automated monitoring, 2 hazard investigation) says how one control
-- measure is kept under control, so it belongs to the measure, not to the event: every measure
-- takes its event's value, then the event's column goes.
alter table risk_control_measures add column data_src text not null default 'investigation'
  check (data_src in ('monitoring', 'investigation'));
update risk_control_measures m set data_src = e.data_src
  from risk_events e
  where e.enterprise_id = m.enterprise_id and e.id = m.event_id;
alter table risk_events drop column data_src;
