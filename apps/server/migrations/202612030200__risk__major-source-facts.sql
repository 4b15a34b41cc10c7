-- Major-source facts of the national layout: the registration code as issued (never a made-up one),
-- kind, whether a hazardous chemical process is involved, filing (备案) date and validity end, the
-- last assessment year and the in-service date. People within 500 m stay in exposed_population
-- (the same figure GB 18218's α uses).
alter table risk_objects
  add column major_source_kind text
    check (major_source_kind in ('productionUnit', 'tankFarm', 'warehouse', 'other')),
  add column involves_hazardous_process boolean,
  add column filing_date date,
  add column filing_valid_until date,
  add column last_assessment_year int check (last_assessment_year between 1950 and 2200),
  add column in_service_date date,
  add constraint risk_objects_filing_validity check (filing_valid_until is null or filing_date is null
    or filing_valid_until >= filing_date);

-- Until now evaluating a major source gave it a code of its own making, '<credit code>-MS-<n>'. Such a
-- code is not a registration code: those that match the pattern exactly with the enterprise's own
-- credit code were generated and are removed, so the register says the code is missing. Any other
-- code was typed in by a person and is kept as entered.
update risk_objects o
   set major_source_code = null
  from enterprises e
 where e.id = o.enterprise_id
   and o.major_source_code is not null
   and o.major_source_code ~ ('^' || e.credit_code || '-MS-[0-9]+$');
