import type { RiskLevel } from '@shuangkong/contracts';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnterprise, buildJurisdictions } from '../../../test/factories.ts';
import { buildRiskObject, buildRiskUnit } from '../../../test/risk-factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

// risk_register_summaries is kept by statement triggers on risk_units (ADR 0022). Whatever a
// statement does to the units — one row or many, across enterprises, through a cascade — the
// counts must equal a fresh count of the live units.

let t: TestApp;
afterAll(async () => t?.app.close());

const levels: (RiskLevel | null)[] = [null, 'low', 'general', 'significant', 'major'];
let seed = 11;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)] as T;

type Counts = Record<string, number[]>;

async function kept(): Promise<Counts> {
  const { rows } = await sql<{ enterpriseId: string; c: number[] }>`
    select enterprise_id as "enterpriseId", array[major_units, significant_units, general_units, low_units,
      unassessed_units, out_of_control_units] as c
    from risk_register_summaries`.execute(t.db);
  // An enterprise whose units all left keeps a row of zeros: the same as having none.
  return Object.fromEntries(rows.filter((r) => r.c.some((n) => n !== 0)).map((r) => [r.enterpriseId, r.c]));
}

async function counted(): Promise<Counts> {
  const { rows } = await sql<{ enterpriseId: string; c: number[] }>`
    select enterprise_id as "enterpriseId", array[
      count(*) filter (where current_level = 'major'), count(*) filter (where current_level = 'significant'),
      count(*) filter (where current_level = 'general'), count(*) filter (where current_level = 'low'),
      count(*) filter (where current_level is null), count(*) filter (where out_of_control_reason is not null)
    ]::int[] as c
    from risk_units where archived_at is null group by enterprise_id`.execute(t.db);
  return Object.fromEntries(rows.map((r) => [r.enterpriseId, r.c]));
}

const enterprises: string[] = [];
const objects = new Map<string, string[]>();

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  for (let i = 0; i < 3; i++) {
    const { id } = await buildEnterprise(t.db, { name: `汇总企业${i}` });
    enterprises.push(id);
    const ids: string[] = [];
    for (let k = 0; k < 3; k++) ids.push((await buildRiskObject(t.db, id)).id);
    objects.set(id, ids);
  }
});

const units = async (where = sql`true`) =>
  (
    await sql<{ enterpriseId: string; id: string }>`select enterprise_id as "enterpriseId", id from risk_units
    where ${where}`.execute(t.db)
  ).rows;

describe('risk_register_summaries: the live units of each register, counted by the database', () => {
  it('follows every kind of statement on the units', async () => {
    const ops: Record<string, () => Promise<unknown>> = {
      async insertOne() {
        const e = pick(enterprises);
        await buildRiskUnit(t.db, e, pick(objects.get(e)!), { currentLevel: pick(levels) });
      },
      async insertMany() {
        // One statement, several enterprises.
        const rows = Array.from({ length: 1 + rand(5) }, () => {
          const e = pick(enterprises);
          return {
            enterpriseId: e,
            id: randomUUID(),
            objectId: pick(objects.get(e)!),
            code: `S-${randomUUID().slice(0, 8)}`,
            name: '批量单元',
            currentLevel: pick(levels),
            outOfControlReason: rand(4) === 0 ? '未按期排查' : null,
            archivedAt: rand(6) === 0 ? new Date().toISOString() : null,
          };
        });
        await t.db.insertInto('riskUnits').values(rows).execute();
      },
      async regrade() {
        const all = await units();
        if (all.length) {
          const u = pick(all);
          await t.db
            .updateTable('riskUnits')
            .set({ currentLevel: pick(levels) })
            .where('id', '=', u.id)
            .execute();
        }
      },
      async regradeMany() {
        await t.db
          .updateTable('riskUnits')
          .set({ currentLevel: pick(levels) })
          .where(sql<boolean>`abs(hashtext(id::text)) % 3 = ${rand(3)}`)
          .execute();
      },
      async outOfControl() {
        const all = await units();
        if (all.length)
          await t.db
            .updateTable('riskUnits')
            .set({ outOfControlReason: rand(2) === 0 ? '巡检漏检' : null })
            .where('id', '=', pick(all).id)
            .execute();
      },
      async archiveOrRestore() {
        const all = await units();
        if (all.length)
          await t.db
            .updateTable('riskUnits')
            .set({ archivedAt: rand(2) === 0 ? new Date().toISOString() : null })
            .where('id', '=', pick(all).id)
            .execute();
      },
      async rename() {
        await t.db
          .updateTable('riskUnits')
          .set({ name: `改名${rand(100)}` })
          .execute();
      },
      async deleteOne() {
        const all = await units();
        if (all.length) await t.db.deleteFrom('riskUnits').where('id', '=', pick(all).id).execute();
      },
      async deleteObject() {
        // The units go by the foreign key's cascade; a new point takes the old one's place.
        const e = pick(enterprises);
        const list = objects.get(e)!;
        const gone = list.splice(rand(list.length), 1)[0]!;
        await t.db.deleteFrom('riskObjects').where('id', '=', gone).execute();
        list.push((await buildRiskObject(t.db, e)).id);
      },
    };
    const names = Object.keys(ops);
    const seen = new Set<string>();
    for (let step = 0; step < 150; step++) {
      const name = pick(names);
      seen.add(name);
      await ops[name]!();
      expect(await kept(), `after step ${step} (${name})`).toEqual(await counted());
    }
    expect([...seen].sort()).toEqual([...names].sort());
    expect(Object.keys(await counted()).length).toBeGreaterThan(0);
  });

  it('undoes with the statement when its transaction rolls back', async () => {
    const before = await kept();
    const e = enterprises[0]!;
    await t.db
      .transaction()
      .execute(async (trx) => {
        await buildRiskUnit(trx, e, objects.get(e)![0]!, { currentLevel: 'major' });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(await kept()).toEqual(before);
  });
});
