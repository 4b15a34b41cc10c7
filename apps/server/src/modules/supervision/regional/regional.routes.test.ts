import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnterprise, buildRegulator, buildUser, PLACES } from '../../../../test/factories.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';
import { buildRiskEvent, buildRiskObject, buildRiskUnit } from '../../../../test/risk-factories.ts';
import { loginAs, type Session } from '../../../../test/test-app.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let site: { id: string };
let housing: Session;
let township: Session;
let admin: Session;
const units: Record<string, string> = {};
const DAY = 86_400_000;

async function unit(
  enterpriseId: string,
  objectId: string,
  name: string,
  level: 'major' | 'significant' | 'general',
  types: string[],
) {
  const u = await buildRiskUnit(w.t.db, enterpriseId, objectId, {
    name,
    currentLevel: level,
    residualLevel: level,
  });
  const ev = await buildRiskEvent(w.t.db, enterpriseId, u.id, { residualLevel: level });
  await w.t.db
    .updateTable('riskEvents')
    .set({ accidentTypes1986: types })
    .where('enterpriseId', '=', enterpriseId)
    .where('id', '=', ev.id)
    .execute();
  units[name] = u.id;
  return u.id;
}

async function history(
  enterpriseId: string,
  unitId: string,
  from: string | null,
  to: string | null,
  daysAgo: number,
) {
  await w.t.db
    .insertInto('riskUnitLevelHistory')
    .values({
      enterpriseId,
      id: randomUUID(),
      unitId,
      fromLevel: from as never,
      toLevel: to as never,
      cause: 'assessment',
      reason: '复评',
      actorId: null,
      at: new Date(Date.now() - daysAgo * DAY),
    })
    .execute();
}

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  const db = w.t.db;
  // 宏达化工 (青溪镇, 危化): a major and a significant unit, a general one the database ignores.
  const tanks = await buildRiskObject(db, w.ent.id, {
    name: '罐区',
    isMajorSource: true,
    majorSourceGrade: 3,
  });
  await unit(w.ent.id, tanks.id, '液氯储罐', 'major', ['015', '08']);
  await unit(w.ent.id, tanks.id, '装卸站', 'significant', ['02']);
  await unit(w.ent.id, tanks.id, '配电室', 'general', ['05']);
  // 远方化工 (青溪镇, 危化): a significant unit lowered from major this week.
  const other = await buildRiskObject(db, w.other.id, { name: '反应车间' });
  await unit(w.other.id, other.id, '反应釜', 'significant', ['03']);
  // 东湖建设 (白石镇, 建筑施工): a major unit.
  site = await buildEnterprise(db, {
    name: '东湖建设工程有限公司',
    jurisdictionCode: PLACES.townB,
    industryCodes: ['construction'],
  });
  const crane = await buildRiskObject(db, site.id, { name: '塔吊作业区' });
  await unit(site.id, crane.id, '塔吊', 'major', ['09', '04']);

  await history(w.ent.id, units['装卸站']!, 'general', 'significant', 2);
  await history(w.ent.id, units['液氯储罐']!, 'significant', 'major', 1);
  await history(w.ent.id, units['液氯储罐']!, 'general', 'significant', 12);
  await history(w.other.id, units['反应釜']!, 'major', 'significant', 3);
  await history(w.ent.id, units['配电室']!, 'low', 'general', 1);

  // An open 重大事故隐患 at 宏达化工, overdue.
  await db
    .insertInto('hazards')
    .values({
      enterpriseId: w.ent.id,
      id: randomUUID(),
      name: '液氯储罐区未设置气体检测报警',
      description: '—',
      state: 'rectifying',
      grade: 'major',
      dangerSrc: 1,
      deadline: '2020-01-01',
      registeredAt: new Date(),
    })
    .execute();

  // 住建局: construction in the county; 青溪镇: everything in its township.
  const housingReg = await buildRegulator(db, {
    kind: 'housingConstruction',
    remits: [{ jurisdictionCode: PLACES.county, industryCode: 'construction' }],
  });
  const townReg = await buildRegulator(db, {
    kind: 'township',
    jurisdictionCode: PLACES.townA,
    remits: [{ jurisdictionCode: PLACES.townA, industryCode: '*' }],
  });
  housing = await loginAs(
    w.t.app,
    (await buildUser(db, { roles: ['inspector'], regulatorId: housingReg.id })).username,
  );
  township = await loginAs(
    w.t.app,
    (await buildUser(db, { roles: ['inspector'], regulatorId: townReg.id })).username,
  );
  const inside = await db
    .selectFrom('users')
    .select('regulatorId')
    .where('regulatorId', 'is not', null)
    .executeTakeFirstOrThrow();
  admin = await loginAs(
    w.t.app,
    (await buildUser(db, { roles: ['regulatorAdmin'], regulatorId: inside.regulatorId! })).username,
  );
});

const names = (body: { data: { unitName: string }[] }) => body.data.map((r) => r.unitName).sort();

describe('区域安全风险数据库', () => {
  it('lists the major and significant units of the remit, most severe first', async () => {
    const res = await req(w.regulatorIn, 'GET', '/supervision/risks');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.page.total).toBe(4);
    expect(body.data.slice(0, 2).map((r: { level: string }) => r.level)).toEqual(['major', 'major']);
    const tank = body.data.find((r: { unitName: string }) => r.unitName === '液氯储罐');
    expect(tank).toMatchObject({
      enterpriseName: '宏达化工',
      objectName: '罐区',
      accidentTypes: ['015', '08'],
      industryCodes: ['hazardous_chemicals'],
      townshipCode: PLACES.townA,
      townshipName: '青溪镇',
      outOfControl: false,
    });
  });

  it('filters by level, industry, township, accident type and enterprise name, and pages', async () => {
    const get = async (qs: string) => (await req(w.regulatorIn, 'GET', `/supervision/risks?${qs}`)).json();
    expect(names(await get('level=major'))).toEqual(['塔吊', '液氯储罐']);
    expect(names(await get('industry=construction'))).toEqual(['塔吊']);
    expect(names(await get(`township=${PLACES.townB}`))).toEqual(['塔吊']);
    expect(names(await get('accidentType=015'))).toEqual(['液氯储罐']);
    expect(names(await get(`q=${encodeURIComponent('宏达')}`))).toEqual(['液氯储罐', '装卸站']);
    const page2 = await get('pageSize=3&page=2&sort=enterprise');
    expect(page2.page).toEqual({ page: 2, pageSize: 3, total: 4 });
    expect(page2.data).toHaveLength(1);
  });

  it('refuses a bad filter naming the field', async () => {
    const res = await req(w.regulatorIn, 'GET', '/supervision/risks?level=general');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('querystring.level');
  });

  it('keeps to the remit: industry and township boundaries, other counties, enterprises', async () => {
    expect(names((await req(housing, 'GET', '/supervision/risks')).json())).toEqual(['塔吊']);
    expect(names((await req(township, 'GET', '/supervision/risks')).json())).toEqual([
      '反应釜',
      '液氯储罐',
      '装卸站',
    ]);
    expect((await req(w.regulatorOut, 'GET', '/supervision/risks')).json().page.total).toBe(0);
    const enterprise = await req(w.manager, 'GET', '/supervision/risks');
    expect(enterprise.statusCode).toBe(403);
  });

  it('counts by level, industry, township and accident type', async () => {
    const { data } = (await req(w.regulatorIn, 'GET', '/supervision/risks/summary')).json();
    expect(data.total).toBe(4);
    expect(data.enterprises).toBe(3);
    expect(data.byLevel).toEqual({ major: 2, significant: 2 });
    expect(data.byIndustry).toEqual([
      { key: 'hazardous_chemicals', name: expect.any(String), count: 3 },
      { key: 'construction', name: expect.any(String), count: 1 },
    ]);
    expect(data.byTownship).toEqual([
      { key: PLACES.townA, name: '青溪镇', count: 3 },
      { key: PLACES.townB, name: '白石镇', count: 1 },
    ]);
    expect(data.byAccidentType.find((a: { key: string }) => a.key === '015')).toEqual({
      key: '015',
      name: '瓦斯爆炸',
      count: 1,
    });
    const housingSummary = (await req(housing, 'GET', '/supervision/risks/summary')).json().data;
    expect(housingSummary.byLevel).toEqual({ major: 1, significant: 0 });
  });

  it("tells what changed this week: newly graded, raised, lowered; not last month's, not 一般 ↔ 低", async () => {
    const { data } = (await req(w.regulatorIn, 'GET', '/supervision/risks/changes')).json();
    expect(data.counts).toEqual({ newlyGraded: 1, raised: 1, lowered: 1 });
    expect(data.data.map((c: { kind: string; unitName: string }) => [c.kind, c.unitName])).toEqual([
      ['raised', '液氯储罐'],
      ['newlyGraded', '装卸站'],
      ['lowered', '反应釜'],
    ]);
    expect((await req(housing, 'GET', '/supervision/risks/changes')).json().data.counts).toEqual({
      newlyGraded: 0,
      raised: 0,
      lowered: 0,
    });
  });

  it('exports the filtered list as a workbook', async () => {
    const res = await req(w.regulatorIn, 'GET', '/supervision/risks/export?level=major');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('区域安全风险数据库'));
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await req(w.manager, 'GET', '/supervision/risks/export')).statusCode).toBe(403);
  });
});

describe('分级监管', () => {
  it('lists the enterprises of the remit with register level, adjusted level and tier', async () => {
    const res = await req(w.regulatorIn, 'GET', '/supervision/tiers');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.page.total).toBe(3);
    const hongda = body.data.find((e: { enterpriseId: string }) => e.enterpriseId === w.ent.id);
    expect(hongda).toMatchObject({
      registerLevel: 'major',
      adjustedLevel: 'major',
      tier: 'key',
      inspectionsPerYear: 6,
      facts: { openMajorHazards: 1, listedMajorHazard: 'none', penaltiesWithinYear: 0 },
    });
    const other = body.data.find((e: { enterpriseId: string }) => e.enterpriseId === w.other.id);
    expect(other).toMatchObject({
      registerLevel: 'significant',
      adjustedLevel: 'significant',
      tier: 'strict',
    });
    expect(body.totals.find((t: { tier: string }) => t.tier === 'key')).toEqual({
      tier: 'key',
      enterprises: 2,
      inspections: 12,
    });
    const strict = (await req(w.regulatorIn, 'GET', '/supervision/tiers?tier=strict')).json();
    expect(strict.data.map((e: { enterpriseName: string }) => e.enterpriseName)).toEqual(['远方化工']);
    const housingList = (await req(housing, 'GET', '/supervision/tiers')).json();
    expect(housingList.data.map((e: { enterpriseId: string }) => e.enterpriseId)).toEqual([site.id]);
  });

  it("explains one enterprise's level step by step; outsiders get 404, enterprises 403", async () => {
    const res = await req(w.regulatorIn, 'GET', `/supervision/enterprises/${w.ent.id}/tier`);
    expect(res.statusCode).toBe(200);
    expect(res.json().data.steps.map((s: { kind: string }) => s.kind)).toEqual([
      'register',
      'openMajorHazard',
      'capped',
      'tier',
    ]);
    expect((await req(housing, 'GET', `/supervision/enterprises/${w.ent.id}/tier`)).statusCode).toBe(404);
    expect((await req(township, 'GET', `/supervision/enterprises/${site.id}/tier`)).statusCode).toBe(404);
    expect((await req(w.regulatorOut, 'GET', `/supervision/enterprises/${w.ent.id}/tier`)).statusCode).toBe(
      404,
    );
    expect((await req(w.otherManager, 'GET', `/supervision/enterprises/${w.ent.id}/tier`)).statusCode).toBe(
      404,
    );
    expect((await req(w.manager, 'GET', `/supervision/enterprises/${w.ent.id}/tier`)).statusCode).toBe(403);
    expect(
      (await req(w.regulatorIn, 'GET', `/supervision/enterprises/${randomUUID()}/tier`)).statusCode,
    ).toBe(404);
  });

  it('keeps a tier table per regulator: defaults, admins only, monotonic, audited', async () => {
    const defaults = (await req(w.regulatorIn, 'GET', '/supervision/tier-table')).json();
    expect(defaults).toMatchObject({ configured: false, abilities: { canConfigure: false } });
    expect(defaults.rows).toHaveLength(4);
    const rows = [
      { level: 'major', tier: 'key', inspectionsHighRisk: 12, inspectionsOther: 6 },
      { level: 'significant', tier: 'key', inspectionsHighRisk: 10, inspectionsOther: 5 },
      { level: 'general', tier: 'general', inspectionsHighRisk: 4, inspectionsOther: 2 },
      { level: 'low', tier: 'routine', inspectionsHighRisk: 1, inspectionsOther: 1 },
    ];
    expect((await req(w.regulatorIn, 'PUT', '/supervision/tier-table', { rows })).statusCode).toBe(403);
    const broken = rows.map((r) => (r.level === 'significant' ? { ...r, inspectionsOther: 1 } : r));
    const refused = await req(admin, 'PUT', '/supervision/tier-table', { rows: broken });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'SUPERVISION_TIER_TABLE_NOT_MONOTONIC',
      field: 'body.rows.1.inspectionsOther',
    });
    const twice = await req(admin, 'PUT', '/supervision/tier-table', {
      rows: [...rows.slice(0, 3), rows[0]],
    });
    expect(twice.statusCode).toBe(400);
    const saved = await req(admin, 'PUT', '/supervision/tier-table', { rows });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ configured: true, abilities: { canConfigure: true } });
    // The colleague's list now reads the regulator's table; another regulator keeps the defaults.
    const other = (await req(w.regulatorIn, 'GET', '/supervision/tiers?level=significant')).json();
    expect(other.data[0]).toMatchObject({ tier: 'key', inspectionsPerYear: 5 });
    expect((await req(housing, 'GET', '/supervision/tier-table')).json().configured).toBe(false);
    const audit = await w.t.db
      .selectFrom('auditEvents')
      .select(['action', 'before', 'after'])
      .where('action', '=', 'supervision.tier-table-saved')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before).toBeNull();
    expect(audit[0]!.after).toEqual(rows);
  });
});

describe('监管首页', () => {
  it("gives today's figures in the remit", async () => {
    const res = await req(w.regulatorIn, 'GET', '/supervision/dashboard');
    expect(res.statusCode).toBe(200);
    const { data } = res.json();
    expect(data.enterprises.total).toBe(3);
    expect(data.enterprises.byLevel).toEqual({ major: 2, significant: 1, general: 0, low: 0, unassessed: 0 });
    expect(data.risks).toEqual({ major: 2, significant: 2, outOfControlUnits: 0 });
    expect(data.hazards).toEqual({ openMajor: 1, overdue: 1 });
    expect(data.byTownship).toEqual([
      { key: PLACES.townA, name: '青溪镇', count: 2, major: 1, significant: 2 },
      { key: PLACES.townB, name: '白石镇', count: 1, major: 1, significant: 0 },
    ]);
    // The grouped figures agree with the tier list, which runs the rule per enterprise.
    const tiers = (await req(w.regulatorIn, 'GET', '/supervision/tiers')).json();
    for (const total of tiers.totals as { tier: string; enterprises: number; inspections: number }[])
      expect(data.enterprises.byTier[total.tier]).toBe(total.enterprises);
    expect(data.enterprises.plannedInspections).toBe(
      (tiers.totals as { inspections: number }[]).reduce((sum, x) => sum + x.inspections, 0),
    );
    expect(data.enterprises.plannedInspections).toBeGreaterThan(0);
    expect(
      (data.byIndustry as { count: number }[]).reduce((sum, x) => sum + x.count, 0),
    ).toBeGreaterThanOrEqual(3);
    const housingBoard = (await req(housing, 'GET', '/supervision/dashboard')).json().data;
    expect(housingBoard.enterprises.total).toBe(1);
    expect(housingBoard.hazards).toEqual({ openMajor: 0, overdue: 0 });
    expect((await req(w.regulatorOut, 'GET', '/supervision/dashboard')).json().data.enterprises.total).toBe(
      0,
    );
    expect((await req(w.manager, 'GET', '/supervision/dashboard')).statusCode).toBe(403);
  });
});
