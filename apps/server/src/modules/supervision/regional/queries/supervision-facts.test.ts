import { riskLevelRank, riskLevelsAscending, type RiskLevel } from '@shuangkong/contracts';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnterprise, buildJurisdictions } from '../../../../../test/factories.ts';
import { buildRiskObject, buildRiskUnit } from '../../../../../test/risk-factories.ts';
import { createTestApp, type TestApp } from '../../../../../test/test-app.ts';
import {
  gradingColumns,
  gradingCtes,
  gradingJoins,
  registerLevelOfRank,
  type GradedRow,
} from './supervision-facts.ts';

let t: TestApp;
afterAll(async () => t?.app.close());

type Unit = { level: RiskLevel | null; archived: boolean; outOfControl: boolean };
type Source = { grade: number | null; archived: boolean };
type Case = { units: Unit[]; sources: Source[] };

/** The rule as STANDARDS states it, written here on its own as the oracle. */
function expectedLevel(c: Case): RiskLevel | null {
  const ranks = c.units.filter((u) => !u.archived && u.level).map((u) => riskLevelRank(u.level!));
  const live = c.sources.filter((s) => !s.archived);
  if (live.length > 0) ranks.push(riskLevelRank('significant'));
  if (live.some((s) => s.grade === 1 || s.grade === 2)) ranks.push(riskLevelRank('major'));
  return ranks.length === 0 ? null : riskLevelsAscending[Math.max(...ranks)]!;
}

// Deterministic cases: every unit level with and without archiving, every source grade.
const levels: (RiskLevel | null)[] = [null, 'low', 'general', 'significant', 'major'];
const cases: Case[] = [];
let seed = 7;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
for (let i = 0; i < 60; i++) {
  cases.push({
    units: Array.from({ length: rand(4) }, () => ({
      level: levels[rand(levels.length)]!,
      archived: rand(5) === 0,
      outOfControl: rand(6) === 0,
    })),
    sources: Array.from({ length: rand(3) === 0 ? 1 + rand(2) : 0 }, () => ({
      grade: [null, 1, 2, 3, 4][rand(5)]!,
      archived: rand(4) === 0,
    })),
  });
}
const ids: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  for (const [i, c] of cases.entries()) {
    const { id } = await buildEnterprise(t.db, { name: `分级企业${i}` });
    ids.push(id);
    const object = await buildRiskObject(t.db, id);
    for (const u of c.units) {
      const unit = await buildRiskUnit(t.db, id, object.id, { currentLevel: u.level });
      await t.db
        .updateTable('riskUnits')
        .set({
          archivedAt: u.archived ? new Date().toISOString() : null,
          outOfControlReason: u.outOfControl ? '巡检漏检' : null,
        })
        .where('id', '=', unit.id)
        .execute();
    }
    for (const s of c.sources) {
      const source = await buildRiskObject(t.db, id, { isMajorSource: true, majorSourceGrade: s.grade });
      if (s.archived)
        await t.db
          .updateTable('riskObjects')
          .set({ archivedAt: new Date().toISOString() })
          .where('id', '=', source.id)
          .execute();
    }
  }
}, 120_000);

describe('the set-wise grading', () => {
  it('gives every enterprise the register level of the rule and its live unit counts', async () => {
    const { rows } = await sql<{ id: string } & GradedRow>`with ent as (
        select id from enterprises where id = any(${ids}::uuid[])), ${gradingCtes}
      select ent.id, ${gradingColumns} from ent ${gradingJoins}`.execute(t.db);
    expect(rows).toHaveLength(cases.length);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const [i, c] of cases.entries()) {
      const row = byId.get(ids[i]!)!;
      const live = c.units.filter((u) => !u.archived);
      expect({ case: i, level: registerLevelOfRank(row.registerRank) }).toEqual({
        case: i,
        level: expectedLevel(c),
      });
      expect({
        major: row.majorUnits,
        significant: row.significantUnits,
        outOfControl: row.outOfControlUnits,
      }).toEqual({
        major: live.filter((u) => u.level === 'major').length,
        significant: live.filter((u) => u.level === 'significant').length,
        outOfControl: live.filter((u) => u.outOfControl).length,
      });
      expect(row).toMatchObject({ openMajorHazards: 0, listed: false, penaltiesWithinYear: 0 });
    }
  });
});
