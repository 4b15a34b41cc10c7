-- A unit's inventory is a list of lines: one line per 表1 substance (its total in the unit), and as
-- many lines as needed per 表2 class (different substances of one class). The line number keys it.
alter table risk_major_source_inventories add column line int;
update risk_major_source_inventories i set line = n.rn
  from (select enterprise_id, object_id, substance_code,
               row_number() over (partition by enterprise_id, object_id order by substance_code) - 1 as rn
        from risk_major_source_inventories) n
  where i.enterprise_id = n.enterprise_id and i.object_id = n.object_id and i.substance_code = n.substance_code;
alter table risk_major_source_inventories alter column line set not null;
alter table risk_major_source_inventories drop constraint risk_major_source_inventories_pkey;
alter table risk_major_source_inventories add primary key (enterprise_id, object_id, line);
