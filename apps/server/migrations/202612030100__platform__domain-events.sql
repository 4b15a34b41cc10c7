-- The outbox: a module records what happened in the same transaction as the change and its audit
-- row. Subscribers get each event through the job runner (one delivery job per event and
-- subscriber, made unique by its dedupe key), so a committed change is delivered at least once
-- and a rolled-back change never.
create table domain_events (
  id uuid primary key,
  seq bigserial not null unique,
  type text not null,
  enterprise_id uuid,
  entity_type text not null,
  entity_id text not null,
  payload jsonb not null default '{}',
  actor_id uuid,
  request_id text,
  occurred_at timestamptz not null default now(),
  -- Set when the event's delivery jobs have been queued; null rows are the fan-out's work list.
  fanned_out_at timestamptz
);
create index domain_events_pending on domain_events (seq) where fanned_out_at is null;
create index domain_events_entity on domain_events (entity_type, entity_id);
