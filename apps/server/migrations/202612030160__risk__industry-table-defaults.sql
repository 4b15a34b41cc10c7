-- Assessment table sets chosen per industry: an enterprise that has not chosen its own inherits the
-- default of its industry (the first of its industries in the reference order), else the system's.
create table risk_industry_table_defaults (
  industry_code text primary key references industries (code),
  default_method text not null check (default_method in ('lec', 'ls', 'mes')),
  lec_table text not null,
  ls_table text not null,
  mes_table text not null,
  updated_at timestamptz not null default now(),
  updated_by uuid
);

-- Whether the enterprise chose its tables itself; a settings row also exists for the date of its
-- last full review, which is no choice of tables.
alter table risk_settings add column tables_chosen boolean not null default false;
update risk_settings s set tables_chosen = true
where exists (
  select 1 from audit_events a
  where a.action = 'risk.settings-updated' and a.entity_id = s.enterprise_id::text
);
