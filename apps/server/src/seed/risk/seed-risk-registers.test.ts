import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../../test/test-app.ts';
import { verifyAuditChains } from '../../platform/audit/index.ts';
import { demoIds } from '../demo-ids.ts';
import { seedDemoIfEmpty } from '../seed-demo.ts';
import { seedDemoRisk } from './seed-risk-registers.ts';

let t: TestApp;
const chemical = demoIds.enterprise('hongda-chemical');
const lpg = demoIds.enterprise('baishi-lpg');

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoIfEmpty(t.db);
  await seedDemoRisk(t.app, t.db, { enterpriseKeys: ['hongda-chemical', 'baishi-lpg'] });
}, 180_000);

describe('demo risk registers', () => {
  it('puts units in every state of the approval chain', async () => {
    const rows = await t.db
      .selectFrom('riskUnits')
      .select(['status'])
      .where('enterpriseId', '=', chemical)
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['draft', 'submitted', 'approved']));
  });

  it('assesses by more than one method', async () => {
    const methods = await t.db
      .selectFrom('riskAssessments')
      .select('method')
      .distinct()
      .where('enterpriseId', '=', chemical)
      .execute();
    expect(methods.map((m) => m.method).sort()).toEqual(expect.arrayContaining(['lec', 'ls', 'mes']));
  });

  it('publishes two revisions where a measure was added later', async () => {
    const revisions = await t.db
      .selectFrom('riskRegisterRevisions')
      .select('revision')
      .where('enterpriseId', '=', chemical)
      .execute();
    expect(revisions.map((r) => r.revision).sort()).toEqual([1, 2]);
  });

  it('identifies the tank farm and the LPG store as major sources with three stewards each', async () => {
    for (const enterpriseId of [chemical, lpg]) {
      const sources = await t.db
        .selectFrom('riskObjects')
        .select(['id', 'majorSourceGrade'])
        .where('enterpriseId', '=', enterpriseId)
        .where('isMajorSource', '=', true)
        .execute();
      expect(sources.length, enterpriseId).toBe(1);
      const stewards = await t.db
        .selectFrom('riskObjectStewards')
        .select('role')
        .where('objectId', '=', sources[0]!.id)
        .execute();
      expect(stewards.map((s) => s.role).sort()).toEqual(['operational', 'principal', 'technical']);
    }
  });

  it('places every unit on a site plan and raises one unit with evidence', async () => {
    const units = await t.db
      .selectFrom('riskUnits')
      .select('id')
      .where('enterpriseId', '=', chemical)
      .execute();
    const placed = await t.db
      .selectFrom('riskUnitPlacements')
      .select('unitId')
      .where('enterpriseId', '=', chemical)
      .execute();
    expect(placed.length).toBe(units.length);
    const evidence = await t.db
      .selectFrom('riskLevelEvidence')
      .select('level')
      .where('enterpriseId', '=', chemical)
      .execute();
    expect(evidence).toEqual([{ level: 'major' }]);
  });

  it('shows the safety manager a register, a board and due work', async () => {
    const anquan = await loginAs(t.app, 'anquan', 'Demo@2026');
    const tree = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${chemical}/risk-register/tree`,
      headers: anquan.headers,
    });
    expect(tree.statusCode).toBe(200);
    expect(tree.json().data.enterprise.level).toBe('major');
    const board = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${chemical}/risk-board`,
      headers: anquan.headers,
    });
    expect(board.statusCode).toBe(200);
    const todos = await t.app.inject({ method: 'GET', url: '/api/v1/todos', headers: anquan.headers });
    expect(todos.json().data.map((d: { key: string }) => d.key)).toContain('riskUnitsNeedingReassessment');
  });

  it('is complete for national reporting except the deliberate gaps the readiness view shows', async () => {
    const yingji = await loginAs(t.app, 'yingji', 'Demo@2026');
    const readiness = async (enterpriseId: string) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/enterprises/${enterpriseId}/risk-readiness`,
        headers: yingji.headers,
      });
      expect(res.statusCode).toBe(200);
      return res.json().data as {
        counts: { checked: number; ready: number; withProblems: number };
        problems: { entityType: string; field: string; rule: string }[];
      };
    };
    const hongda = await readiness(chemical);
    expect(hongda.problems.map((p) => `${p.entityType}:${p.field}:${p.rule}`).sort()).toEqual([
      'riskControlMeasure:classify1:required',
      'riskControlMeasure:classify2:required',
      'riskObject:majorSourceCode:registrationCode',
    ]);
    expect(hongda.counts.withProblems).toBe(2);
    const baishi = await readiness(lpg);
    expect(baishi.problems).toEqual([]);
    expect(baishi.counts.ready).toBe(baishi.counts.checked);
  });

  it('leaves every audit chain intact', async () => {
    const result = await verifyAuditChains(t.db);
    expect(result.breaks).toEqual([]);
    expect(result.events).toBeGreaterThan(100);
  });
});
