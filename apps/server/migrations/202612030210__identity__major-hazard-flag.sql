-- The derived 两重点一重大 flag "has a major hazard source": kept by the risk register (its major
-- sources, not archived) through identity's command, stored with the enterprise so the registry can
-- filter by it. Filled once here from the register as it stands.
alter table enterprises add column has_major_hazard_source boolean not null default false;

update enterprises e
   set has_major_hazard_source = true
 where exists (
   select 1 from risk_objects o
    where o.enterprise_id = e.id and o.is_major_source and o.archived_at is null
 );
