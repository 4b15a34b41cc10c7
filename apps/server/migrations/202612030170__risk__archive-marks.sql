-- Archived (deleted) risk objects and units carry their deletion mark like tombstoned events and
-- measures: who and why, beside the time they already have. Earlier archives take who from the
-- audit log; their reason stays empty.
alter table risk_objects add column archived_by uuid, add column archived_by_name text,
  add column archive_reason text not null default '';
alter table risk_units add column archived_by uuid, add column archived_by_name text,
  add column archive_reason text not null default '';

update risk_objects o set archived_by = a.actor_id, archived_by_name = a.actor_name
from audit_events a
where o.archived_at is not null and a.action = 'risk.object-archived' and a.entity_id = o.id::text;

update risk_units u set archived_by = a.actor_id, archived_by_name = a.actor_name
from audit_events a
where u.archived_at is not null and u.archived_by is null
  and ((a.action = 'risk.unit-archived' and a.entity_id = u.id::text)
    or (a.action = 'risk.object-archived' and a.after -> 'archivedUnitIds' ? u.id::text));
