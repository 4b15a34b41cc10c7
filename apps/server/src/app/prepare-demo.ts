import type { Database } from '../platform/db/database.ts';
import { demoSeedState } from '../seed/demo-seed-state.ts';
import { seedDemoIfEmpty } from '../seed/seed-demo.ts';
import type { DB } from './db-schema.ts';
import { rebuildDatabase } from './open-app-database.ts';

/** What the start did about demo data, said in the start message. */
export type DemoOutcome = 'seeded' | 'rebuilt' | 'present' | 'none';

/**
 * Seeds the demo county on an empty database, or rebuilds it when an earlier first start was
 * interrupted half-way (the county exists but its completion mark does not). The registers are
 * built afterwards through the API; the caller marks completion when they are done.
 */
export async function prepareDemo(database: Database<DB>): Promise<DemoOutcome> {
  const state = await demoSeedState(database.db);
  if (state === 'completed') return 'present';
  let rebuilt = false;
  if (state === 'started') {
    await rebuildDatabase(database);
    rebuilt = true;
  }
  const seeded = await seedDemoIfEmpty(database.db);
  if (!seeded) return 'none';
  return rebuilt ? 'rebuilt' : 'seeded';
}
