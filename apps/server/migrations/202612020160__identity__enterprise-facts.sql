-- The enterprise identifiers and facts of the national data model: the hazardous-chemical
-- registration code, legal representative, safety lead and 24-hour duty phone, industrial park,
-- operating status, standardisation grade, and the key-supervised processes and chemicals.
alter table enterprises
  add column hazardous_chemical_code text check (hazardous_chemical_code ~ '^\d{9}$'),
  add column legal_representative text,
  add column safety_lead_name text,
  add column safety_lead_phone text,
  add column duty_phone text,
  add column industrial_park text,
  add column operating_status text not null default 'operating'
    check (operating_status in ('operating', 'productionStopped', 'businessSuspended', 'closed')),
  add column standardisation_grade text not null default 'none'
    check (standardisation_grade in ('grade1', 'grade2', 'grade3', 'none')),
  add column key_processes text[] not null default '{}',
  add column key_chemicals text[] not null default '{}';
create index enterprises_key_processes_idx on enterprises using gin (key_processes);
