-- Repairs what unbounded numbers left behind (an inventory of 1e308 t made R infinite: the object
-- became a grade-1 major source and every page that recomputed it failed). Such evaluations are
-- removed from the history, the absurd inventory lines are removed, and the objects they touched go
-- back to "not evaluated" so the enterprise enters the real inventory again. The audit log keeps
-- the original events.
create temporary table repaired_major_sources on commit drop as
  select distinct enterprise_id, object_id
  from risk_major_source_inventories
  where quantity_tonnes = 'NaN'::double precision or quantity_tonnes > 10000000
  union
  select distinct enterprise_id, object_id
  from risk_major_source_evaluations
  where jsonb_typeof(result -> 's') is distinct from 'number'
     or jsonb_typeof(result -> 'r') is distinct from 'number'
     or (result ->> 's')::double precision > 1e12
     or (result ->> 'r')::double precision > 1e12;

delete from risk_major_source_evaluations e using repaired_major_sources r
  where e.enterprise_id = r.enterprise_id and e.object_id = r.object_id;
delete from risk_major_source_inventories i using repaired_major_sources r
  where i.enterprise_id = r.enterprise_id and i.object_id = r.object_id;
update risk_objects o set is_major_source = false, major_source_grade = null
  from repaired_major_sources r
  where o.enterprise_id = r.enterprise_id and o.id = r.object_id;
update risk_objects set exposed_population = null where exposed_population > 10000000;

-- From now on the database refuses them too.
alter table risk_major_source_inventories
  add constraint risk_major_source_inventories_quantity_bound
  check (quantity_tonnes <= 10000000 and quantity_tonnes <> 'NaN'::double precision);
alter table risk_objects
  add constraint risk_objects_exposed_population_bound check (exposed_population <= 10000000);
