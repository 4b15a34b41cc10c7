import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/app/db-schema.ts';
import { prepareDemo } from '../../src/app/prepare-demo.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { demoSeedState, markDemoSeedCompleted, markDemoSeedStarted } from '../../src/seed/demo-seed-state.ts';
import { buildEnterprise, buildJurisdictions } from '../factories.ts';
import { openTestDatabase } from '../test-database.ts';

let database: Database<DB>;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

const count = async (table: 'enterprises' | 'jurisdictions') =>
  Number(
    (
      await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('demo seeding survives an interrupted first start', () => {
  it('rebuilds a partial demo, then leaves a completed one alone', async () => {
    expect(await demoSeedState(database.db)).toBe('none');
    // What a start killed half-way leaves: the mark of a start and part of the data.
    await markDemoSeedStarted(database.db);
    await buildJurisdictions(database.db);
    const stray = await buildEnterprise(database.db, { name: '半途企业' });

    expect(await prepareDemo(database)).toBe('rebuilt');
    expect(await demoSeedState(database.db)).toBe('started');
    const enterprises = await database.db.selectFrom('enterprises').select(['id', 'name']).execute();
    expect(enterprises.some((e) => e.id === stray.id)).toBe(false);
    expect(enterprises.some((e) => e.name === '青溪县宏达化工有限公司')).toBe(true);

    await markDemoSeedCompleted(database.db);
    const before = await count('enterprises');
    expect(await prepareDemo(database)).toBe('present');
    expect(await count('enterprises')).toBe(before);
    expect(await count('jurisdictions')).toBeGreaterThan(0);
  });
});
