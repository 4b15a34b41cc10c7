import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildEnterprise,
  buildJurisdictions,
  buildOrgUnit,
  buildUser,
  PLACES,
} from '../../../../test/factories.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../../../../test/test-app.ts';

let t: TestApp;
let plant: { id: string };
let other: { id: string };
let manager: Session;
let regulator: Session;
let outsider: Session;
let org: { department: string; workshop: string; team: string; post: string; idlePost: string };
let foreignPost: string;
let chlorineUnitId: string;

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  plant = await buildEnterprise(t.db, { name: '宏达化工' });
  other = await buildEnterprise(t.db, { jurisdictionCode: PLACES.otherTown });
  const login = async (o: Parameters<typeof buildUser>[1]) =>
    loginAs(t.app, (await buildUser(t.db, o)).username);
  manager = await login({ roles: ['safetyManager'], enterpriseId: plant.id });
  regulator = await login({ roles: ['platformAdmin'] });
  outsider = await login({ roles: ['safetyManager'], enterpriseId: other.id });

  const orgUnit = async (
    enterpriseId: string,
    kind: 'department' | 'workshop' | 'team' | 'post',
    name: string,
    parentId: string | null,
  ) => (await buildOrgUnit(t.db, enterpriseId, kind, { name, parentId })).id;
  const department = await orgUnit(plant.id, 'department', '生产部', null);
  const workshop = await orgUnit(plant.id, 'workshop', '储运车间', department);
  const team = await orgUnit(plant.id, 'team', '罐区班', workshop);
  const post = await orgUnit(plant.id, 'post', '罐区操作工', team);
  const idlePost = await orgUnit(plant.id, 'post', '巡检工', team);
  org = { department, workshop, team, post, idlePost };
  foreignPost = await orgUnit(other.id, 'post', '外企岗位', null);

  const copied = await t.app.inject({
    method: 'POST',
    url: `/api/v1/enterprises/${plant.id}/risk-templates/hazardous_chemicals/copies`,
    headers: manager.headers,
    payload: { unitKeys: ['chlorine-tanks', 'confined-space', 'hot-work'] },
  });
  const unitIds: string[] = copied.json().data.unitIds;
  chlorineUnitId = unitIds[0] ?? '';
  const owner = await buildUser(t.db, { roles: ['unitLead'], enterpriseId: plant.id });
  await t.db
    .updateTable('riskUnits')
    .set({ responsibleUserId: owner.id })
    .where('id', '=', chlorineUnitId)
    .execute();
  await t.db
    .insertInto('riskUnitPosts')
    .values(unitIds.slice(0, 2).map((unitId) => ({ enterpriseId: plant.id, unitId, postId: org.post })))
    .execute();
  const unit = await t.db
    .selectFrom('riskUnits')
    .select('objectId')
    .where('id', '=', chlorineUnitId)
    .executeTakeFirstOrThrow();
  await t.app.inject({
    method: 'PUT',
    url: `/api/v1/enterprises/${plant.id}/risk-objects/${unit.objectId}/major-source`,
    headers: manager.headers,
    payload: { exposedPopulation: 60, inventory: [{ substanceCode: 'T1-12', quantityTonnes: 50 }] },
  });
});

const get = (s: Session, url: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${plant.id}${url}`, headers: s.headers });

describe('GET /risk-board', () => {
  it('shows the overall level, the significant units with key measures, major sources and phones', async () => {
    const res = await get(regulator, '/risk-board');
    expect(res.statusCode).toBe(200);
    const board = res.json().data;
    // The chlorine store is 较大 after controls but a grade 2 major source (R = 1.5 × 4 × 10 = 60) lifts the enterprise to 重大.
    expect(board).toMatchObject({ enterpriseName: '宏达化工', overallLevel: 'major', overallColor: 'red' });
    expect(board.levelCounts).toEqual({ major: 0, significant: 1, general: 0, low: 2 });
    expect(board.units).toHaveLength(1);
    expect(board.units[0]).toMatchObject({ unitName: '液氯储罐', level: 'significant', color: 'orange' });
    expect(board.units[0].keyMeasures.length).toBeLessThanOrEqual(4);
    expect(board.units[0].keyMeasures[0]).toContain('有毒气体');
    expect(board.units[0].accidentTypes.map((a: { nameZh: string }) => a.nameZh)).toEqual([
      '中毒',
      '泄漏',
      '容器爆炸',
    ]);
    expect(board.units[0].responsible.name).toMatch(/测试用户/);
    expect(board.majorSources).toEqual([
      expect.objectContaining({
        grade: 2,
        r: 60,
        missingStewardRoles: ['principal', 'technical', 'operational'],
      }),
    ]);
    expect(board.emergencyPhones.map((p: { phone: string }) => p.phone)).toEqual([
      '13800000002',
      '13800000001',
      '119',
      '120',
      '110',
    ]);
    expect(board.updatedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('post cards', () => {
  it('lists the posts that have cards', async () => {
    const res = await get(manager, '/risk-cards/posts');
    expect(res.json().data).toEqual([
      {
        postId: org.post,
        postName: '罐区操作工',
        path: '生产部 / 储运车间 / 罐区班',
        unitCount: 2,
        level: 'significant',
        color: 'orange',
        printed: { post: 'never', emergency: 'never' },
      },
    ]);
  });

  it('gives the 告知卡 with risks, measures, a QR link per unit and how to report', async () => {
    const res = await get(manager, `/posts/${org.post}/risk-card`);
    expect(res.statusCode).toBe(200);
    const card = res.json().data;
    expect(card.post).toEqual({ id: org.post, name: '罐区操作工' });
    expect(card.departmentChain.map((u: { name: string }) => u.name)).toEqual([
      '生产部',
      '储运车间',
      '罐区班',
    ]);
    expect(card.level).toBe('significant');
    expect(card.units.map((u: { unitName: string }) => u.unitName)).toEqual(['液氯储罐', '受限空间作业']);
    const chlorine = card.units[0];
    expect(chlorine.unitUrl).toMatch(new RegExp(`/m/risk-units/${chlorineUnitId}$`));
    expect(chlorine.mainRisks).toContain('液氯储罐或管线泄漏导致人员中毒');
    expect(chlorine.consequences.length).toBe(2);
    expect(chlorine.controlMeasures[0]).toMatchObject({ hierarchy: 'engineering' });
    expect(chlorine.emergencyMeasures[0]).toContain('液氯泄漏专项预案');
    expect(card.report.method).toContain('罐区班班组长、储运车间车间主任');
    expect(card.report.method).toContain('13800000002');
    expect(card.report.phones.map((p: { phone: string }) => p.phone)).toEqual(
      expect.arrayContaining(['13800000002', '119', '120']),
    );
  });

  it('gives the 应急处置卡 grouped by event, with contacts and notes', async () => {
    const res = await get(manager, `/posts/${org.post}/emergency-card`);
    const card = res.json().data;
    expect(card.scenarios.map((s: { eventName: string }) => s.eventName)).toEqual([
      '液氯储罐或管线泄漏导致人员中毒',
      '储罐超压导致容器爆炸',
      '受限空间内有毒气体或缺氧导致中毒窒息',
    ]);
    expect(card.scenarios[2].steps[0]).toContain('严禁盲目施救');
    expect(card.contacts.external.map((p: { phone: string }) => p.phone)).toEqual(['119', '120', '110']);
    expect(card.notes[0]).toContain('严禁盲目施救');
  });

  it('gives an empty card for a post without units, and 404 for a non-post, a foreign post and outsiders', async () => {
    const idle = await get(manager, `/posts/${org.idlePost}/risk-card`);
    expect(idle.json().data).toMatchObject({ units: [], level: null });
    expect((await get(manager, `/posts/${org.team}/risk-card`)).statusCode).toBe(404);
    expect((await get(manager, `/posts/${foreignPost}/emergency-card`)).statusCode).toBe(404);
    expect((await get(outsider, `/posts/${org.post}/risk-card`)).statusCode).toBe(404);
    expect((await get(outsider, '/risk-board')).statusCode).toBe(404);
    expect((await get(outsider, '/risk-cards/posts')).statusCode).toBe(404);
  });
});

describe('printed cards', () => {
  const print = (s: Session, kind: string, contentHash: string, postId = org.post) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${plant.id}/posts/${postId}/card-prints`,
      headers: s.headers,
      payload: { kind, contentHash },
    });

  it('prints the hazard factors of the unit’s events on the post card', async () => {
    const card = (await get(manager, `/posts/${org.post}/risk-card`)).json().data;
    const chlorine = card.units.find((u: { unitId: string }) => u.unitId === chlorineUnitId);
    expect(chlorine.hazardFactors.length).toBeGreaterThan(0);
    for (const f of chlorine.hazardFactors) expect(f.nameZh).toEqual(expect.any(String));
  });

  it('prints the GB 2894 signs picked per unit, in print order, and refuses unknown signs', async () => {
    const put = (s: Session, signCodes: string[]) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/enterprises/${plant.id}/risk-units/${chlorineUnitId}/safety-signs`,
        headers: s.headers,
        payload: { signCodes },
      });
    const saved = await put(manager, ['M04', 'P02', 'W05', 'P02']);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().data.safetySigns.map((s: { nameZh: string }) => s.nameZh)).toEqual([
      '当心中毒',
      '禁止烟火',
      '必须戴防毒面具',
    ]);
    const card = (await get(manager, `/posts/${org.post}/risk-card`)).json().data;
    expect(card.safetySigns.map((s: { code: string }) => s.code)).toEqual(['W05', 'P02', 'M04']);
    const chlorine = card.units.find((u: { unitId: string }) => u.unitId === chlorineUnitId);
    expect(chlorine.safetySigns).toHaveLength(3);

    const bad = await put(manager, ['W05', 'W99']);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('body.signCodes.1');
    expect((await put(outsider, ['W05'])).statusCode).toBe(404);
    const audit = await t.db
      .selectFrom('auditEvents')
      .select(['before', 'after'])
      .where('action', '=', 'risk.unit-updated')
      .where('entityId', '=', chlorineUnitId)
      .orderBy('occurredAt', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ before: { safetySigns: [] }, after: { safetySigns: ['W05', 'P02', 'M04'] } });
    // The rest of this file expects a card without signs.
    expect((await put(manager, [])).statusCode).toBe(200);
  });

  it('flags a printed card out of date after a change, and lists it for reprinting', async () => {
    const before = (await get(manager, `/posts/${org.post}/risk-card`)).json().data;
    expect(before.print).toMatchObject({ lastPrint: null, outOfDate: false });
    expect(before.print.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // The hash ignores when the card was generated: fetching again gives the same.
    expect((await get(manager, `/posts/${org.post}/risk-card`)).json().data.print.contentHash).toBe(
      before.print.contentHash,
    );
    expect((await print(manager, 'post', before.print.contentHash)).statusCode).toBe(204);
    const printed = (await get(manager, `/posts/${org.post}/risk-card`)).json().data.print;
    expect(printed).toMatchObject({ outOfDate: false, lastPrint: { contentHash: before.print.contentHash } });
    expect((await get(manager, '/risk-cards/posts')).json().data[0].printed).toEqual({
      post: 'current',
      emergency: 'never',
    });

    await t.db
      .updateTable('riskEvents')
      .set({ consequences: '液氯泄漏导致人员中毒，影响厂外居民' })
      .where('unitId', '=', chlorineUnitId)
      .execute();
    expect((await get(manager, `/posts/${org.post}/risk-card`)).json().data.print.outOfDate).toBe(true);
    expect((await get(manager, '/risk-cards/posts')).json().data[0].printed.post).toBe('outOfDate');
    const audit = await t.db
      .selectFrom('auditEvents')
      .select(['actorName', 'after'])
      .where('action', '=', 'risk.card-printed')
      .executeTakeFirstOrThrow();
    expect(audit.after).toEqual({ kind: 'post', contentHash: before.print.contentHash });
  });

  it('takes prints from the enterprise only, of its own posts, with a well-formed hash', async () => {
    const hash = 'a'.repeat(64);
    expect((await print(regulator, 'post', hash)).statusCode).toBe(403);
    expect((await print(outsider, 'post', hash)).statusCode).toBe(404);
    expect((await print(manager, 'post', hash, foreignPost)).statusCode).toBe(404);
    const bad = await print(manager, 'poster', 'xyz');
    expect(bad.statusCode).toBe(400);
    expect(['body.kind', 'body.contentHash']).toContain(bad.json().error.field);
  });
});
