-- A deleted risk event or control measure leaves a tombstone: who deleted it, when and why, and the
-- entity as it was shown. The register's lists no longer show it; it stays readable by id, and the
-- deletion feed tells an upper platform that received it that it is gone.
create table risk_tombstones (
  enterprise_id uuid not null references enterprises (id),
  entity_type text not null check (entity_type in ('riskEvent', 'riskControlMeasure')),
  entity_id uuid not null,
  unit_id uuid not null,
  -- A measure's event (also deleted when the event was).
  event_id uuid,
  name text not null,
  snapshot jsonb not null,
  deleted_at timestamptz not null default now(),
  deleted_by uuid,
  deleted_by_name text,
  reason text not null default '',
  primary key (enterprise_id, entity_type, entity_id)
);
create index risk_tombstones_feed on risk_tombstones (enterprise_id, deleted_at, entity_id);
