import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../src/app/open-app-database.ts';
import { syncReferenceData } from '../../src/app/reference-data.ts';
import type { DB } from '../../src/app/db-schema.ts';
import { openDatabase, type Database } from '../../src/platform/db/database.ts';
import { buildEnterprise, buildJurisdictions } from '../factories.ts';

const FACTS = '202612030200__risk__major-source-facts.sql';
let database: Database<DB>;

beforeAll(async () => {
  database = await openDatabase<DB>({});
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql') && f < FACTS)
    .sort();
  await database.withScriptSession(async (run) => {
    for (const f of files) await run(readFileSync(join(MIGRATIONS_DIR, f), 'utf8'));
  });
  await syncReferenceData(database.db);
});
afterAll(async () => database.close());

describe('major-source facts', () => {
  it('drops the codes the system made up and keeps every code a person entered', async () => {
    const db = database.db;
    await buildJurisdictions(db);
    const ent = await buildEnterprise(db);
    const other = await buildEnterprise(db);
    const rows = await db
      .selectFrom('enterprises')
      .select(['id', 'creditCode'])
      .where('id', 'in', [ent.id, other.id])
      .execute();
    const credit = (id: string) => rows.find((r) => r.id === id)!.creditCode;
    const insert = async (code: string, majorSourceCode: string | null) => {
      await sql`insert into risk_objects (enterprise_id, id, code, name, kind, is_major_source, major_source_code)
        values (${ent.id}, gen_random_uuid(), ${code}, ${code}, 'area', true, ${majorSourceCode})`.execute(
        db,
      );
    };
    await insert('A', `${credit(ent.id)}-MS-1`); // generated
    await insert('B', `${credit(ent.id)}-MS-12`); // generated
    await insert('C', '341122-2019-0003'); // typed in as issued
    await insert('D', `${credit(other.id)}-MS-1`); // not this enterprise's pattern: typed, kept
    await insert('E', `${credit(ent.id)}-MS-1a`); // not the exact pattern: kept
    await insert('F', null);

    await database.withScriptSession((run) => run(readFileSync(join(MIGRATIONS_DIR, FACTS), 'utf8')));

    const after = await db
      .selectFrom('riskObjects')
      .select(['code', 'majorSourceCode', 'majorSourceKind', 'filingDate', 'lastAssessmentYear'])
      .where('enterpriseId', '=', ent.id)
      .orderBy('code')
      .execute();
    expect(after.map((r) => [r.code, r.majorSourceCode])).toEqual([
      ['A', null],
      ['B', null],
      ['C', '341122-2019-0003'],
      ['D', `${credit(other.id)}-MS-1`],
      ['E', `${credit(ent.id)}-MS-1a`],
      ['F', null],
    ]);
    expect(after[0]).toMatchObject({ majorSourceKind: null, filingDate: null, lastAssessmentYear: null });
  });

  it('refuses a kind outside the list and a filing that ends before it was made', async () => {
    const db = database.db;
    await expect(sql`update risk_objects set major_source_kind = 'pipeline'`.execute(db)).rejects.toThrow();
    await expect(
      sql`update risk_objects set filing_date = '2024-01-02', filing_valid_until = '2024-01-01'`.execute(db),
    ).rejects.toThrow();
  });
});
