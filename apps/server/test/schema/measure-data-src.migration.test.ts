import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../src/app/open-app-database.ts';
import { syncReferenceData } from '../../src/app/reference-data.ts';
import type { DB } from '../../src/app/db-schema.ts';
import { openDatabase, type Database } from '../../src/platform/db/database.ts';
import { buildEnterprise, buildJurisdictions } from '../factories.ts';
import { buildControlMeasure, buildRiskEvent, buildRiskObject, buildRiskUnit } from '../risk-factories.ts';

const MOVE = '202612020150__risk__measure-data-src.sql';
let database: Database<DB>;

beforeAll(async () => {
  // A database migrated up to just before the move, so the event column still exists.
  database = await openDatabase<DB>({});
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql') && f < MOVE)
    .sort();
  await database.withScriptSession(async (run) => {
    for (const f of files) await run(readFileSync(join(MIGRATIONS_DIR, f), 'utf8'));
  });
  await syncReferenceData(database.db);
});
afterAll(async () => database.close());

describe('dataSrc moves from the event to each of its measures', () => {
  it('gives every measure its event’s value and drops the event column', async () => {
    const db = database.db;
    await buildJurisdictions(db);
    const enterpriseId = (await buildEnterprise(db)).id;
    const objectId = (await buildRiskObject(db, enterpriseId)).id;
    const unitId = (await buildRiskUnit(db, enterpriseId, objectId)).id;
    const monitored = (await buildRiskEvent(db, enterpriseId, unitId)).id;
    const checked = (await buildRiskEvent(db, enterpriseId, unitId)).id;
    await sql`update risk_events set data_src = 'monitoring' where id = ${monitored}`.execute(db);
    const a = (await buildControlMeasure(db, enterpriseId, monitored)).id;
    const b = (await buildControlMeasure(db, enterpriseId, monitored)).id;
    const c = (await buildControlMeasure(db, enterpriseId, checked)).id;

    await database.withScriptSession((run) => run(readFileSync(join(MIGRATIONS_DIR, MOVE), 'utf8')));

    const rows = await db.selectFrom('riskControlMeasures').select(['id', 'dataSrc']).execute();
    const of = (id: string) => rows.find((r) => r.id === id)?.dataSrc;
    expect([of(a), of(b), of(c)]).toEqual(['monitoring', 'monitoring', 'investigation']);
    const { rows: columns } = await sql<{
      n: number;
    }>`select count(*)::int as n from information_schema.columns
      where table_name = 'risk_events' and column_name = 'data_src'`.execute(db);
    expect(columns[0]?.n).toBe(0);
  });
});
