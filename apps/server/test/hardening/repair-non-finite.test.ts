import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../src/app/open-app-database.ts';
import type { DB } from '../../src/app/db-schema.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { buildEnterprise, buildJurisdictions } from '../factories.ts';
import { buildRiskObject } from '../risk-factories.ts';
import { openTestDatabase } from '../test-database.ts';

const REPAIR = readFileSync(join(MIGRATIONS_DIR, '202612020120__risk__repair-non-finite.sql'), 'utf8');
let database: Database<DB>;

beforeAll(async () => {
  database = await openTestDatabase();
  await buildJurisdictions(database.db);
});
afterAll(async () => database.close());

describe('repair of non-finite major-source rows', () => {
  it('resets a poisoned object, keeps a sound one, and the bounds hold afterwards', async () => {
    const db = database.db;
    const enterpriseId = (await buildEnterprise(db)).id;
    const poisoned = (await buildRiskObject(db, enterpriseId, { name: '液氯储罐区' })).id;
    const sound = (await buildRiskObject(db, enterpriseId, { name: '液氨储罐区' })).id;
    // The state the unbounded input left behind, written as it was before the bounds existed.
    await sql`alter table risk_major_source_inventories drop constraint risk_major_source_inventories_quantity_bound`.execute(
      db,
    );
    await sql`alter table risk_objects drop constraint risk_objects_exposed_population_bound`.execute(db);
    await db
      .insertInto('riskMajorSourceInventories')
      .values([
        { enterpriseId, objectId: poisoned, line: 0, substanceCode: 'T1-12', quantityTonnes: 1e308 },
        { enterpriseId, objectId: sound, line: 0, substanceCode: 'T1-01', quantityTonnes: 50 },
      ])
      .execute();
    const evaluation = (objectId: string, s: number | null) => ({
      enterpriseId,
      id: randomUUID(),
      objectId,
      inputs: JSON.stringify({}),
      result: JSON.stringify({ s, r: s }),
    });
    await db
      .insertInto('riskMajorSourceEvaluations')
      .values([evaluation(poisoned, null), evaluation(sound, 5)])
      .execute();
    await db.updateTable('riskObjects').set({ isMajorSource: true, majorSourceGrade: 1 }).execute();

    await database.withScriptSession((run) => run(`begin;\n${REPAIR}\ncommit;`));

    const objects = await db
      .selectFrom('riskObjects')
      .select(['id', 'isMajorSource', 'majorSourceGrade'])
      .where('enterpriseId', '=', enterpriseId)
      .execute();
    expect(objects.find((o) => o.id === poisoned)).toMatchObject({
      isMajorSource: false,
      majorSourceGrade: null,
    });
    expect(objects.find((o) => o.id === sound)).toMatchObject({ isMajorSource: true, majorSourceGrade: 1 });
    const lines = await db.selectFrom('riskMajorSourceInventories').select('objectId').execute();
    expect(lines.map((l) => l.objectId)).toEqual([sound]);
    await expect(
      db
        .insertInto('riskMajorSourceInventories')
        .values({ enterpriseId, objectId: poisoned, line: 1, substanceCode: 'T1-12', quantityTonnes: 1e308 })
        .execute(),
    ).rejects.toThrow(/quantity_bound/);
  });
});
