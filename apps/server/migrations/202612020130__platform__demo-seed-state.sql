-- The demo county is built in steps (the county in one transaction, then every register through the
-- API). A start that is killed half-way leaves a partial demo; this row says how far seeding got, so
-- the next start rebuilds what was interrupted instead of skipping it in silence.
create table demo_seed_state (
  id smallint primary key default 1 check (id = 1),
  started_at timestamptz not null,
  completed_at timestamptz
);
-- A database that already holds a county was seeded (or set up by hand) before this table existed.
insert into demo_seed_state (started_at, completed_at)
  select now(), now() where exists (select 1 from jurisdictions);
