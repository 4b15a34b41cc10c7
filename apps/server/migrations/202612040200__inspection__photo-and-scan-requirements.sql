-- An item may require photo evidence with every answer (a key point, a seal, a gauge reading); an
-- enterprise may require that checks are answered on the unit's page opened by scanning its card.
alter table inspection_items add column photo_required boolean not null default false;

create table inspection_settings (
  enterprise_id uuid primary key references enterprises (id),
  require_scan boolean not null default false,
  updated_by uuid,
  updated_at timestamptz not null default now()
);
