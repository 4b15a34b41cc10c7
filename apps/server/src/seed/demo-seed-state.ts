import { sql, type QueryExecutorProvider } from 'kysely';

/** How far demo seeding got: never started, started and interrupted, or complete. */
export type DemoSeedState = 'none' | 'started' | 'completed';

// Any database or transaction: the state table is read with plain SQL, outside the modules' types.
type AnyDb = QueryExecutorProvider;

export async function demoSeedState(db: AnyDb): Promise<DemoSeedState> {
  const { rows } = await sql<{ completedAt: Date | null }>`
    select completed_at as "completedAt" from demo_seed_state where id = 1`.execute(db);
  const row = rows[0];
  if (!row) return 'none';
  return row.completedAt ? 'completed' : 'started';
}

/** Written in the same transaction as the county itself, so a county never exists without it. */
export async function markDemoSeedStarted(db: AnyDb): Promise<void> {
  await sql`insert into demo_seed_state (id, started_at) values (1, now())
    on conflict (id) do update set started_at = now(), completed_at = null`.execute(db);
}

/** Written last, once every register is built. */
export async function markDemoSeedCompleted(db: AnyDb): Promise<void> {
  await sql`update demo_seed_state set completed_at = now() where id = 1`.execute(db);
}
