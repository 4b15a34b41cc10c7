import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildEnterprise,
  buildJurisdictions,
  buildRegulator,
  buildUser,
  PLACES,
} from '../../../../test/factories.ts';
import { requester } from '../../../../test/register-test-world.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../../../../test/test-app.ts';
import { shanghaiCivilDate, addDays } from '../../../platform/calendar/index.ts';

/**
 * Enforcement through the API: remit scoping of pools (an industry department and a township see
 * only their own enterprises), the draw and its verification, conflicts and rotation, a finding that
 * becomes the enterprise's hazard, penalties, publication, and the blacklist's quarter.
 */
let t: TestApp;
let req: ReturnType<typeof requester>;
const s = {} as Record<
  'bureau' | 'bureauAdmin' | 'housing' | 'township' | 'outside' | 'manager' | 'otherManager',
  Session
>;
const ids = {} as Record<
  'chem' | 'chem2' | 'mall' | 'far' | 'a' | 'b' | 'c' | 'admin' | 'expert' | 'h1' | 'h2',
  string
>;
const today = shanghaiCivilDate();
const year = Number(today.slice(0, 4));

beforeAll(async () => {
  t = await createTestApp();
  req = requester(t);
  await buildJurisdictions(t.db);
  ids.chem = (await buildEnterprise(t.db, { name: '宏达化工', industryCodes: ['hazardous_chemicals'] })).id;
  ids.chem2 = (
    await buildEnterprise(t.db, { name: '青溪精细化工', industryCodes: ['hazardous_chemicals'] })
  ).id;
  ids.mall = (
    await buildEnterprise(t.db, {
      name: '白石建工',
      jurisdictionCode: PLACES.townB,
      industryCodes: ['construction'],
    })
  ).id;
  ids.far = (await buildEnterprise(t.db, { name: '东岭化工', jurisdictionCode: PLACES.otherTown })).id;
  const bureau = await buildRegulator(t.db, { kind: 'emergencyBureau' });
  const housing = await buildRegulator(t.db, {
    kind: 'housing',
    remits: [{ jurisdictionCode: PLACES.county, industryCode: 'construction' }],
  });
  const township = await buildRegulator(t.db, { kind: 'township', jurisdictionCode: PLACES.townB });
  const outside = await buildRegulator(t.db, { jurisdictionCode: PLACES.otherCounty });
  const a = await buildUser(t.db, { roles: ['inspector'], regulatorId: bureau.id, name: '甲' });
  const b = await buildUser(t.db, { roles: ['inspector'], regulatorId: bureau.id, name: '乙' });
  const c = await buildUser(t.db, { roles: ['inspector'], regulatorId: bureau.id, name: '丙' });
  const admin = await buildUser(t.db, { roles: ['regulatorAdmin'], regulatorId: bureau.id, name: '局长' });
  const expert = await buildUser(t.db, { roles: ['expert'], name: '专家' });
  const h1 = await buildUser(t.db, { roles: ['inspector'], regulatorId: housing.id });
  const h2 = await buildUser(t.db, { roles: ['inspector'], regulatorId: housing.id });
  const tw = await buildUser(t.db, { roles: ['inspector'], regulatorId: township.id });
  const out = await buildUser(t.db, { roles: ['inspector'], regulatorId: outside.id });
  const manager = await buildUser(t.db, { roles: ['safetyManager'], enterpriseId: ids.chem });
  const otherManager = await buildUser(t.db, { roles: ['safetyManager'], enterpriseId: ids.chem2 });
  Object.assign(ids, { admin: admin.id, a: a.id, b: b.id, c: c.id, expert: expert.id, h1: h1.id, h2: h2.id });
  s.bureau = await loginAs(t.app, a.username);
  s.bureauAdmin = await loginAs(t.app, admin.username);
  s.housing = await loginAs(t.app, h1.username);
  s.township = await loginAs(t.app, tw.username);
  s.outside = await loginAs(t.app, out.username);
  s.manager = await loginAs(t.app, manager.username);
  s.otherManager = await loginAs(t.app, otherManager.username);
});
afterAll(async () => {
  await t.app.close();
});

const E = '/supervision/enforcement';
const names = (list: { enterpriseName: string }[]) => list.map((e) => e.enterpriseName).sort();

async function filedPool(session: Session, body: object): Promise<string> {
  const res = await req(session, 'POST', `${E}/pools`, body);
  expect(res.statusCode, res.body).toBe(201);
  const id: string = res.json().data.id;
  expect((await req(session, 'POST', `${E}/pools/${id}/file`)).statusCode).toBe(200);
  return id;
}

describe('pools are scoped by the remit', () => {
  it('an industry department sees only its industry, a township only its township, the bureau all of its county', async () => {
    const of = async (session: Session) =>
      names((await req(session, 'GET', `${E}/pool-candidates`)).json().data.enterprises);
    expect(await of(s.bureau)).toEqual(['宏达化工', '白石建工', '青溪精细化工'].sort());
    expect(await of(s.housing)).toEqual(['白石建工']);
    expect(await of(s.township)).toEqual(['白石建工']);
    expect(await of(s.outside)).toEqual(['东岭化工']);
  });

  it('filters by industry and never lets a department pool another industry, nor another regulator’s inspectors', async () => {
    const cand = (await req(s.bureau, 'GET', `${E}/pool-candidates?industryCodes=hazardous_chemicals`)).json()
      .data;
    expect(names(cand.enterprises)).toEqual(['宏达化工', '青溪精细化工'].sort());
    expect(cand.inspectors.map((p: { userId: string }) => p.userId).sort()).toEqual(
      expect.arrayContaining([ids.a, ids.b, ids.c]),
    );
    expect(cand.inspectors.map((p: { userId: string }) => p.userId)).not.toContain(ids.h1);
    const res = await req(s.housing, 'POST', `${E}/pools`, {
      year,
      name: '危化',
      filters: { industryCodes: ['hazardous_chemicals'] },
      inspectorIds: [ids.h1, ids.h2],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('ENFORCEMENT_POOL_EMPTY');
    const foreign = await req(s.housing, 'POST', `${E}/pools`, {
      year,
      name: '建筑',
      filters: {},
      inspectorIds: [ids.h1, ids.a],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.field).toBe('body.inspectorIds');
  });

  it('flags a pool filed after 31 January; another regulator gets 404 on it; an enterprise user 403', async () => {
    const late = await filedPool(s.bureau, { year, name: '本年', filters: {}, inspectorIds: [ids.a, ids.b] });
    const detail = (await req(s.bureau, 'GET', `${E}/pools/${late}`)).json().data;
    expect(detail).toMatchObject({
      state: 'filed',
      isFiledLate: today > `${year}-01-31`,
      enterpriseCount: 3,
    });
    const early = await filedPool(s.bureau, {
      year: year + 1,
      name: '来年',
      filters: {},
      inspectorIds: [ids.a, ids.b],
    });
    expect((await req(s.bureau, 'GET', `${E}/pools/${early}`)).json().data.isFiledLate).toBe(false);
    expect((await req(s.bureau, 'POST', `${E}/pools/${early}/file`)).statusCode).toBe(409);
    expect((await req(s.housing, 'GET', `${E}/pools/${late}`)).statusCode).toBe(404);
    expect((await req(s.outside, 'GET', `${E}/pools/${late}`)).statusCode).toBe(404);
    expect((await req(s.manager, 'GET', `${E}/pools`)).statusCode).toBe(403);
  });
});

describe('the draw', () => {
  it('is reproducible from its published seed, never pairs a conflicted inspector, and refuses a too-small pool', async () => {
    const conflict = await req(s.bureau, 'POST', `${E}/conflicts`, {
      enterpriseId: ids.chem,
      inspectorId: ids.a,
      reason: '近亲属在该企业任职',
    });
    expect(conflict.statusCode, conflict.body).toBe(201);
    expect(
      (
        await req(s.bureau, 'POST', `${E}/conflicts`, {
          enterpriseId: ids.chem,
          inspectorId: ids.a,
          reason: 'x',
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await req(s.bureau, 'POST', `${E}/conflicts`, {
          enterpriseId: ids.far,
          inspectorId: ids.a,
          reason: 'x',
        })
      ).statusCode,
    ).toBe(404);
    const pool = await filedPool(s.bureau, {
      year,
      name: '危化抽查',
      filters: { industryCodes: ['hazardous_chemicals'] },
      inspectorIds: [ids.a, ids.b, ids.c],
      expertIds: [ids.expert],
    });
    const tooMany = await req(s.bureau, 'POST', `${E}/draws`, {
      poolId: pool,
      title: 'x',
      count: 3,
      seed: 'S1',
    });
    expect(tooMany.statusCode).toBe(409);
    expect(tooMany.json().error.code).toBe('DRAW_ENTERPRISE_POOL_TOO_SMALL');
    const res = await req(s.bureau, 'POST', `${E}/draws`, {
      poolId: pool,
      title: '第一批',
      count: 2,
      seed: 'QX-2026-0001',
      withExpert: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const drawId: string = res.json().data.id;
    const d = (await req(s.bureau, 'GET', `${E}/draws/${drawId}`)).json().data;
    expect(d.seed).toBe('QX-2026-0001');
    expect(d.picks).toHaveLength(2);
    const chemPick = d.picks.find((p: { enterpriseId: string }) => p.enterpriseId === ids.chem);
    expect(chemPick.inspectorIds).not.toContain(ids.a);
    expect(chemPick.expertName).toBe('专家');
    expect(d.input.barred).toEqual([{ enterpriseId: ids.chem, inspectorId: ids.a }]);
    const v = (await req(s.bureau, 'GET', `${E}/draws/${drawId}/verification`)).json().data;
    expect(v.matches).toBe(true);
    expect(v.result.digest).toBe(d.resultDigest);
    const again = (
      await req(s.bureau, 'POST', `${E}/draws/verify`, { input: d.input, expectedDigest: d.resultDigest })
    ).json().data;
    expect(again.matches).toBe(true);
    const otherSeed = (
      await req(s.bureau, 'POST', `${E}/draws/verify`, {
        input: { ...d.input, seed: 'another' },
        expectedDigest: d.resultDigest,
      })
    ).json().data;
    expect(otherSeed.matches).toBe(false);
    expect((await req(s.housing, 'GET', `${E}/draws/${drawId}`)).statusCode).toBe(404);
    // The drawn enterprises are now scheduled: a second draw leaves them out and says so.
    const second = await req(s.bureau, 'POST', `${E}/draws`, {
      poolId: pool,
      title: '第二批',
      count: 1,
      seed: 'S2',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('DRAW_ENTERPRISE_POOL_TOO_SMALL');
    const planned = (await req(s.bureau, 'GET', `${E}/inspections?kind=random`)).json().data;
    expect(planned.filter((i: { drawId: string }) => i.drawId === drawId)).toHaveLength(2);
  });
});

describe('an inspection record', () => {
  let inspectionId = '';
  it('turns a finding into the enterprise’s hazard, found by the regulator with the order’s working-day deadline', async () => {
    const planned = (await req(s.bureau, 'GET', `${E}/inspections?kind=random&state=planned`)).json().data;
    const chem = planned.find((i: { enterpriseId: string }) => i.enterpriseId === ids.chem);
    inspectionId = chem.id;
    const url = `${E}/inspections/${ids.chem}/${inspectionId}/record`;
    const body = {
      inspectedOn: addDays(today, -1),
      summary: '检查储罐区和装卸站台，发现问题1项',
      findings: [
        {
          description: '储罐区可燃气体报警器未定期检定',
          legalBasis: '《安全生产法》第三十六条',
          orderNo: '青应急责改〔2026〕7号',
          rectifyWithinWorkingDays: 10,
        },
      ],
    };
    expect((await req(s.outside, 'POST', url, body)).statusCode).toBe(404);
    expect((await req(s.housing, 'POST', url, body)).statusCode).toBe(404);
    expect((await req(s.bureau, 'POST', url, { ...body, inspectedOn: addDays(today, 2) })).statusCode).toBe(
      400,
    );
    const res = await req(s.bureau, 'POST', url, body);
    expect(res.statusCode, res.body).toBe(200);
    const [hazardId] = res.json().data.hazardIds;
    const hazard = (await req(s.manager, 'GET', `/enterprises/${ids.chem}/hazards/${hazardId}`)).json().data;
    expect(hazard).toMatchObject({
      foundBy: 'regulator',
      enforcementId: '青应急责改〔2026〕7号',
      state: 'confirmed',
    });
    const finding = await t.db
      .selectFrom('enforcementFindings')
      .selectAll()
      .where('hazardId', '=', hazardId)
      .executeTakeFirstOrThrow();
    expect(hazard.deadline).toBe(finding.deadline);
    expect(finding.deadline > body.inspectedOn).toBe(true);
    expect((await req(s.bureau, 'POST', url, body)).statusCode).toBe(409);
    const orders = (await req(s.manager, 'GET', `/enterprises/${ids.chem}/enforcement-orders`)).json().data;
    expect(orders[0].findings[0]).toMatchObject({ hazardId, orderNo: '青应急责改〔2026〕7号' });
    expect((await req(s.otherManager, 'GET', `/enterprises/${ids.chem}/enforcement-orders`)).statusCode).toBe(
      404,
    );
    const audit = await t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityId', 'in', [inspectionId, hazardId])
      .execute();
    expect(audit.map((x) => x.action).sort()).toEqual([
      'hazard.reported',
      'supervision.enforcement-inspection-planned',
      'supervision.enforcement-inspection-recorded',
    ]);
  });

  it('records a penalty (a fine needs its amount) in the table the tier adjustment reads, and publishes the result', async () => {
    const base = {
      enterpriseId: ids.chem,
      inspectionId,
      kind: 'fine',
      decisionNo: '青应急罚〔2026〕12号',
      decidedAt: today,
    };
    const noAmount = await req(s.bureau, 'POST', `${E}/penalties`, base);
    expect(noAmount.statusCode).toBe(400);
    expect(noAmount.json().error.field).toBe('body.amountFen');
    const res = await req(s.bureau, 'POST', `${E}/penalties`, { ...base, amountFen: 3_000_000 });
    expect(res.statusCode, res.body).toBe(201);
    const row = await t.db
      .selectFrom('enforcementPenalties')
      .select(['enterpriseId', 'decidedAt', 'amountFen'])
      .where('id', '=', res.json().data.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ enterpriseId: ids.chem, decidedAt: today });
    expect(Number(row.amountFen)).toBe(3_000_000);
    expect((await req(null, 'GET', '/public/inspection-results')).json().data).toEqual([]);
    expect(
      (await req(s.bureau, 'POST', `${E}/inspections/${ids.chem}/${inspectionId}/publish`)).statusCode,
    ).toBe(204);
    const pub = (await req(null, 'GET', '/public/inspection-results')).json().data;
    expect(pub).toHaveLength(1);
    expect(pub[0]).toMatchObject({ enterpriseName: '宏达化工', findingCount: 1, drawSeed: 'QX-2026-0001' });
    expect(pub[0].penalties).toEqual([
      { kind: 'fine', decisionNo: '青应急罚〔2026〕12号', decidedAt: today },
    ]);
    expect(JSON.stringify(pub)).not.toContain('甲');
  });

  it('rotates: the next draw for the enterprise never repeats the pair that inspected it', async () => {
    const done = await t.db
      .selectFrom('enforcementInspections')
      .select('inspectorIds')
      .where('id', '=', inspectionId)
      .executeTakeFirstOrThrow();
    const pool = await filedPool(s.bureau, {
      year,
      name: '轮换',
      filters: { industryCodes: ['hazardous_chemicals'] },
      inspectorIds: [ids.b, ids.c, ids.a, ids.admin],
    });
    // 宏达 was penalised today: with excludeMonths 12 it is left out, with 0 it is eligible.
    const excluded = await req(s.bureau, 'POST', `${E}/draws`, {
      poolId: pool,
      title: 'x',
      count: 1,
      seed: 'r',
    });
    expect(excluded.statusCode).toBe(409);
    await t.db.deleteFrom('enforcementPenalties').where('enterpriseId', '=', ids.chem).execute();
    await t.db
      .updateTable('enforcementInspections')
      .set({ state: 'recorded', inspectedOn: addDays(today, -400) })
      .where('enterpriseId', '=', ids.chem2)
      .execute();
    for (const seed of ['r1', 'r2', 'r3', 'r4', 'r5']) {
      const res = await req(s.bureau, 'POST', `${E}/draws`, {
        poolId: pool,
        title: seed,
        count: 2,
        seed,
        excludeMonths: 0,
      });
      expect(res.statusCode, res.body).toBe(201);
      const d = (await req(s.bureau, 'GET', `${E}/draws/${res.json().data.id}`)).json().data;
      const pick = d.picks.find((p: { enterpriseId: string }) => p.enterpriseId === ids.chem);
      expect([...pick.inspectorIds].sort()).not.toEqual([...done.inspectorIds].sort());
      expect(pick.inspectorIds).not.toContain(ids.a);
      await t.db.deleteFrom('enforcementInspections').where('drawId', '=', d.id).execute();
    }
  });
});

describe('the blacklist', () => {
  it('adds with the decision, publishes a quarter as a snapshot, removes with a reason, audits each change', async () => {
    const body = {
      enterpriseId: ids.chem2,
      legalBasis: '《安全生产严重失信主体名单管理办法》第七条',
      reason: '未批先建、拒不整改重大事故隐患',
      decisionNo: '青应急失信〔2026〕1号',
      decidedOn: today,
    };
    expect(
      (await req(s.bureau, 'POST', '/supervision/blacklist', { ...body, enterpriseId: ids.far })).statusCode,
    ).toBe(404);
    expect((await req(s.housing, 'POST', '/supervision/blacklist', body)).statusCode).toBe(404);
    const res = await req(s.bureau, 'POST', '/supervision/blacklist', body);
    expect(res.statusCode, res.body).toBe(201);
    const entryId: string = res.json().data.id;
    expect((await req(s.bureau, 'POST', '/supervision/blacklist', body)).statusCode).toBe(409);
    expect(names((await req(s.housing, 'GET', '/supervision/blacklist')).json().data)).toEqual([]);
    const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
    const next = quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: quarter + 1 };
    expect((await req(s.bureau, 'POST', '/supervision/blacklist/publications', next)).statusCode).toBe(400);
    const pub = await req(s.bureau, 'POST', '/supervision/blacklist/publications', { year, quarter });
    expect(pub.statusCode, pub.body).toBe(201);
    expect(
      (await req(s.bureau, 'POST', '/supervision/blacklist/publications', { year, quarter })).statusCode,
    ).toBe(409);
    const remove = `/supervision/blacklist/${ids.chem2}/${entryId}/remove`;
    expect((await req(s.bureau, 'POST', remove, { reason: '' })).statusCode).toBe(400);
    expect((await req(s.bureau, 'POST', remove, { reason: '信用修复，整改验收合格' })).statusCode).toBe(204);
    expect((await req(s.bureau, 'POST', remove, { reason: '再次' })).statusCode).toBe(409);
    expect((await req(s.bureau, 'GET', '/supervision/blacklist')).json().data).toEqual([]);
    const published = (await req(null, 'GET', '/public/blacklist')).json().data;
    expect(published[0]).toMatchObject({ year, quarter });
    expect(published[0].entries).toEqual([
      expect.objectContaining({ enterpriseName: '青溪精细化工', decisionNo: body.decisionNo }),
    ]);
    const audit = await t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityId', '=', entryId)
      .execute();
    expect(audit.map((x) => x.action).sort()).toEqual([
      'supervision.blacklist-added',
      'supervision.blacklist-removed',
    ]);
  });
});

describe('the plan', () => {
  it('plans by tier with defaults, is set by the admin only, and counts recorded inspections as done', async () => {
    const plan = (await req(s.bureau, 'GET', `${E}/plan?year=${year}`)).json().data;
    expect(plan).toMatchObject({ isDefault: true, canConfigure: false });
    expect(plan.enterprises).toHaveLength(3);
    // Without a plan for the year, every enterprise has the tier and the inspections of 分级监管.
    for (const row of plan.enterprises as { enterpriseId: string; tier: string; planned: number }[]) {
      const tier = (await req(s.bureau, 'GET', `/supervision/enterprises/${row.enterpriseId}/tier`)).json()
        .data;
      expect({ tier: row.tier, planned: row.planned }).toEqual({
        tier: tier.adjustedLevel,
        planned: tier.inspectionsPerYear,
      });
    }
    const body = { year, frequencies: { major: 6, significant: 3, general: 2, low: 1 } };
    expect((await req(s.bureau, 'PUT', `${E}/plan`, body)).statusCode).toBe(403);
    expect((await req(s.bureauAdmin, 'PUT', `${E}/plan`, body)).statusCode).toBe(204);
    const after = (await req(s.bureauAdmin, 'GET', `${E}/plan?year=${year}`)).json().data;
    expect(after).toMatchObject({ isDefault: false, canConfigure: true, frequencies: body.frequencies });
    const chem = after.enterprises.find((e: { enterpriseId: string }) => e.enterpriseId === ids.chem);
    expect(chem.done).toBe(1);
    expect(chem.planned).toBe(body.frequencies[chem.tier as keyof typeof body.frequencies]);
    expect(after.totals.randomDone).toBeGreaterThanOrEqual(1);
    const housing = (await req(s.housing, 'GET', `${E}/plan?year=${year}`)).json().data;
    expect(names(housing.enterprises)).toEqual(['白石建工']);
  });

  it('lists the key enterprises without an expert inspection this year', async () => {
    const cov = (await req(s.bureau, 'GET', `${E}/expert-coverage?year=${year}`)).json().data;
    expect(cov.keyEnterprises).toBe(cov.missing.length + cov.covered);
  });
});

describe('conflicts of interest', () => {
  it('are recorded for the regulator’s own people or experts, removed once with a reason, and audited', async () => {
    const add = (body: object) => req(s.bureau, 'POST', `${E}/conflicts`, body);
    const foreign = await add({ enterpriseId: ids.chem2, inspectorId: ids.h1, reason: 'x' });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.field).toBe('body.inspectorId');
    const res = await add({
      enterpriseId: ids.chem2,
      inspectorId: ids.expert,
      reason: '曾为该企业编制评价报告',
    });
    expect(res.statusCode, res.body).toBe(201);
    const id: string = res.json().data.id;
    const listed = async () =>
      ((await req(s.bureau, 'GET', `${E}/conflicts`)).json().data as { id: string }[]).map((c) => c.id);
    expect(await listed()).toContain(id);
    const remove = `${E}/conflicts/${ids.chem2}/${id}/remove`;
    expect((await req(s.housing, 'POST', remove, { reason: '离职' })).statusCode).toBe(404);
    expect((await req(s.bureau, 'POST', remove, { reason: '' })).statusCode).toBe(400);
    expect((await req(s.bureau, 'POST', remove, { reason: '专家已退出该项目' })).statusCode).toBe(204);
    expect((await req(s.bureau, 'POST', remove, { reason: '再次' })).statusCode).toBe(404);
    expect(await listed()).not.toContain(id);
    const again = await add({ enterpriseId: ids.chem2, inspectorId: ids.expert, reason: '再次回避' });
    expect(again.statusCode, again.body).toBe(201);
    const audit = await t.db
      .selectFrom('auditEvents')
      .select(['action', 'enterpriseId', 'after'])
      .where('entityId', '=', id)
      .orderBy('seq')
      .execute();
    expect(audit.map((x) => x.action)).toEqual([
      'supervision.conflict-recorded',
      'supervision.conflict-removed',
    ]);
    expect(audit.every((x) => x.enterpriseId === ids.chem2)).toBe(true);
    expect(audit[1]?.after).toMatchObject({ removalReason: '专家已退出该项目', removedBy: ids.a });
  });
});

describe('a hand-planned inspection', () => {
  it('names the regulator’s inspectors and experts, never a conflicted one, and is audited as a drawn one is', async () => {
    const body = {
      enterpriseId: ids.chem,
      kind: 'expert',
      inspectorIds: [ids.b],
      expertIds: [ids.expert],
      agencyName: '青溪安全评价有限公司',
      plannedOn: today,
    };
    const plan = (b: object) => req(s.bureau, 'POST', `${E}/inspections`, b);
    const conflicted = await plan({ ...body, inspectorIds: [ids.a] });
    expect(conflicted.statusCode).toBe(409);
    expect(conflicted.json().error.code).toBe('ENFORCEMENT_INSPECTOR_CONFLICTED');
    const foreign = await plan({ ...body, inspectorIds: [ids.h1] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.field).toBe('body.inspectorIds');
    expect((await plan({ ...body, kind: 'random' })).statusCode).toBe(400);
    expect((await plan({ ...body, enterpriseId: ids.far })).statusCode).toBe(404);
    const res = await plan(body);
    expect(res.statusCode, res.body).toBe(201);
    const id: string = res.json().data.id;
    const row = await t.db
      .selectFrom('enforcementInspections')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      enterpriseId: ids.chem,
      kind: 'expert',
      drawId: null,
      state: 'planned',
      inspectorIds: [ids.b],
      inspectorNames: ['乙'],
      expertIds: [ids.expert],
      expertNames: ['专家'],
      agencyName: '青溪安全评价有限公司',
      plannedOn: today,
      createdBy: ids.a,
    });
    const planned = await t.db
      .selectFrom('auditEvents')
      .select(['entityId', 'enterpriseId', 'entityType', 'after'])
      .where('action', '=', 'supervision.enforcement-inspection-planned')
      .orderBy('seq')
      .execute();
    const own = planned.find((a) => a.entityId === id);
    const drawn = planned.find((a) => a.entityId !== id);
    expect(own).toMatchObject({ enterpriseId: ids.chem, entityType: 'enforcementInspection' });
    expect(own?.after).toMatchObject({ kind: 'expert', drawId: null, inspectorNames: ['乙'], summary: null });
    expect(drawn?.after).toMatchObject({ kind: 'random', agencyName: null, plannedOn: null });
    // The same record whichever way the inspection was planned.
    const keys = (x: unknown) => Object.keys(x ?? {}).sort();
    expect(keys(own?.after)).toEqual(keys(drawn?.after));
    expect(keys(own?.after)).toEqual(
      [
        'enterpriseId',
        'id',
        'regulatorId',
        'kind',
        'drawId',
        'inspectorIds',
        'inspectorNames',
        'expertIds',
        'expertNames',
        'agencyName',
        'plannedOn',
        'inspectedOn',
        'summary',
        'createdBy',
        'recordedBy',
      ].sort(),
    );
  });
});
