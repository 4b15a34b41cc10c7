import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnterprise, buildJurisdictions, buildUser, PLACES } from '../../../../test/factories.ts';
import { buildRiskObject } from '../../../../test/risk-factories.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../../../../test/test-app.ts';

let t: TestApp;
let plant: { id: string };
let other: { id: string };
let manager: Session;
let worker: Session;
let outsider: Session;

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  plant = await buildEnterprise(t.db, { name: '宏达化工' });
  other = await buildEnterprise(t.db, { jurisdictionCode: PLACES.otherTown });
  const login = async (o: Parameters<typeof buildUser>[1]) =>
    loginAs(t.app, (await buildUser(t.db, o)).username);
  manager = await login({ roles: ['safetyManager'], enterpriseId: plant.id });
  worker = await login({ roles: ['worker'], enterpriseId: plant.id });
  outsider = await login({ roles: ['safetyManager'], enterpriseId: other.id });
});

const copy = (s: Session, industry: string, payload: object, enterpriseId = plant.id) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/enterprises/${enterpriseId}/risk-templates/${industry}/copies`,
    headers: s.headers,
    payload,
  });

describe('GET /risk-templates', () => {
  it('lists the libraries with their sizes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/risk-templates', headers: worker.headers });
    expect(res.statusCode).toBe(200);
    const chem = res
      .json()
      .data.find((l: { industryCode: string }) => l.industryCode === 'hazardous_chemicals');
    expect(chem).toMatchObject({ nameZh: '危险化学品生产、储存企业', unitCount: 6 });
    expect(res.json().data.length).toBeGreaterThanOrEqual(21);
  });

  it('gives one library with scored events, and 404 for an unknown industry', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/risk-templates/hazardous_chemicals',
      headers: worker.headers,
    });
    const unit = res.json().data.objects[0].units[0];
    expect(unit).toMatchObject({
      key: 'chlorine-tanks',
      inherentLevel: 'major',
      residualLevel: 'significant',
    });
    expect(unit.events[0]).toMatchObject({
      inherent: { l: 3, e: 6, c: 40 },
      inherentLevel: 'major',
      residualColor: 'orange',
    });
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/v1/risk-templates/unknown',
      headers: worker.headers,
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('POST …/risk-templates/:industryCode/copies', () => {
  it('copies chosen units as drafts with assessments, measures and an audit record', async () => {
    const res = await copy(manager, 'hazardous_chemicals', {
      unitKeys: ['chlorine-tanks', 'confined-space'],
    });
    expect(res.statusCode, res.body).toBe(201);
    const data = res.json().data;
    expect(data).toMatchObject({
      objectsCreated: 2,
      objectsMatched: 0,
      unitsCreated: 2,
      eventsCreated: 3,
      assessmentsCreated: 6,
    });
    expect(data.measuresCreated).toBe(12);

    const units = await t.db
      .selectFrom('riskUnits')
      .selectAll()
      .where('enterpriseId', '=', plant.id)
      .orderBy('code')
      .execute();
    expect(units.map((u) => [u.code, u.status, u.inherentLevel, u.residualLevel, u.currentLevel])).toEqual([
      ['HC-U01', 'draft', 'major', 'significant', 'significant'],
      ['HC-U05', 'draft', 'major', 'low', 'low'],
    ]);
    const assessment = await t.db
      .selectFrom('riskAssessments as a')
      .innerJoin('riskEvents as e', (j) =>
        j.onRef('e.enterpriseId', '=', 'a.enterpriseId').onRef('e.inherentAssessmentId', '=', 'a.id'),
      )
      .select(['a.inputs', 'a.score', 'a.level', 'a.tableVersion', 'a.explanation', 'e.accidentTypes2025'])
      .where('a.enterpriseId', '=', plant.id)
      .where('e.name', '=', '液氯储罐或管线泄漏导致人员中毒')
      .executeTakeFirstOrThrow();
    expect(assessment).toMatchObject({
      inputs: { l: 3, e: 6, c: 40 },
      score: 720,
      level: 'major',
      tableVersion: 'lec-default@1',
    });
    expect(assessment.accidentTypes2025).toEqual(['WSA10023', 'WSA10026']);
    const factors = await t.db
      .selectFrom('riskEventFactors')
      .select('code')
      .where('enterpriseId', '=', plant.id)
      .execute();
    expect(factors.length).toBeGreaterThan(0);
    const audit = await t.db
      .selectFrom('auditEvents')
      .select('after')
      .where('action', '=', 'risk.template-copied')
      .where('entityId', '=', plant.id)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('matches objects by code and makes unit codes unique on a second copy', async () => {
    const res = await copy(manager, 'hazardous_chemicals', {});
    expect(res.json().data).toMatchObject({ objectsMatched: 2, objectsCreated: 2, unitsCreated: 6 });
    const codes = (
      await t.db.selectFrom('riskUnits').select('code').where('enterpriseId', '=', plant.id).execute()
    ).map((u) => u.code);
    expect(codes).toEqual(expect.arrayContaining(['HC-U01', 'HC-U01-2', 'HC-U05-2', 'HC-U06']));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('uses the enterprise’s LEC table and leaves an archived object with the same code alone', async () => {
    const mall = await buildEnterprise(t.db, { industryCodes: ['industry_trade.commerce'] });
    const mallManager = await loginAs(
      t.app,
      (await buildUser(t.db, { roles: ['safetyManager'], enterpriseId: mall.id })).username,
    );
    await t.db
      .insertInto('riskSettings')
      .values({
        enterpriseId: mall.id,
        lecTable: 'lec-variant-b@1',
        tablesChosen: true,
        lastFullReviewAt: null,
      })
      .execute();
    const archived = await buildRiskObject(t.db, mall.id);
    await t.db
      .updateTable('riskObjects')
      .set({ code: 'CM-O01', archivedAt: new Date() })
      .where('id', '=', archived.id)
      .execute();
    const res = await copy(mallManager, 'crowded_places', { unitKeys: ['sales-floor'] }, mall.id);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data).toMatchObject({ objectsCreated: 1, objectsMatched: 0 });
    const objects = await t.db
      .selectFrom('riskObjects')
      .select('code')
      .where('enterpriseId', '=', mall.id)
      .orderBy('code')
      .execute();
    expect(objects.map((o) => o.code)).toEqual(['CM-O01', 'CM-O01-2']);
    const tables = await t.db
      .selectFrom('riskAssessments')
      .select('tableVersion')
      .distinct()
      .where('enterpriseId', '=', mall.id)
      .execute();
    expect(tables).toEqual([{ tableVersion: 'lec-variant-b@1' }]);
  });

  it('names an unknown unit key, refuses a worker, 404s outsiders and unknown industries', async () => {
    const bad = await copy(manager, 'gas', { unitKeys: ['fuel-dispensing', 'nope'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.unitKeys.1' });
    const denied = await copy(worker, 'gas', {});
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.permission).toBe('risk.edit');
    expect((await copy(outsider, 'gas', {})).statusCode).toBe(404);
    expect((await copy(manager, 'nothing', {})).statusCode).toBe(404);
    const count = await t.db
      .selectFrom('riskUnits')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('enterpriseId', '=', other.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });
});
