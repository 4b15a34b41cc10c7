import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../src/app/open-app-database.ts';
import { syncReferenceData } from '../../src/app/reference-data.ts';
import type { DB } from '../../src/app/db-schema.ts';
import { openDatabase, type Database } from '../../src/platform/db/database.ts';
import { buildEnterprise, buildJurisdictions } from '../factories.ts';
import { buildRiskObject } from '../risk-factories.ts';

const FLAG = '202612030210__identity__major-hazard-flag.sql';
let database: Database<DB>;

beforeAll(async () => {
  database = await openDatabase<DB>({});
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql') && f < FLAG)
    .sort();
  await database.withScriptSession(async (run) => {
    for (const f of files) await run(readFileSync(join(MIGRATIONS_DIR, f), 'utf8'));
  });
  await syncReferenceData(database.db);
});
afterAll(async () => database.close());

describe('the enterprise flag “has a major hazard source”', () => {
  it('is filled from the register: live major sources only', async () => {
    const db = database.db;
    await buildJurisdictions(db);
    const withSource = await buildEnterprise(db);
    const archivedOnly = await buildEnterprise(db);
    const none = await buildEnterprise(db);
    await buildRiskObject(db, withSource.id, { isMajorSource: true });
    const old = await buildRiskObject(db, archivedOnly.id, { isMajorSource: true });
    await db.updateTable('riskObjects').set({ archivedAt: new Date() }).where('id', '=', old.id).execute();
    await buildRiskObject(db, none.id);

    await database.withScriptSession((run) => run(readFileSync(join(MIGRATIONS_DIR, FLAG), 'utf8')));

    const rows = await db.selectFrom('enterprises').select(['id', 'hasMajorHazardSource']).execute();
    const of = (id: string) => rows.find((r) => r.id === id)?.hasMajorHazardSource;
    expect([of(withSource.id), of(archivedOnly.id), of(none.id)]).toEqual([true, false, false]);
  });
});
