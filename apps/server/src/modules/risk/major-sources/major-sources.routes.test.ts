import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnterprise, buildJurisdictions, buildUser, PLACES } from '../../../../test/factories.ts';
import { buildRiskObject } from '../../../../test/risk-factories.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../../../../test/test-app.ts';

let t: TestApp;
let chem: { id: string };
let other: { id: string };
let manager: Session;
let worker: Session;
let outsider: Session;
let regulator: Session;
let tankFarm: { id: string };

const SO2 = 'T1-04';
const CL2 = 'T1-12';
const NH3 = 'T1-01';

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  chem = await buildEnterprise(t.db, { name: '宏达化工' });
  other = await buildEnterprise(t.db, { jurisdictionCode: PLACES.otherTown });
  const login = async (o: Parameters<typeof buildUser>[1]) =>
    loginAs(t.app, (await buildUser(t.db, o)).username);
  manager = await login({ roles: ['safetyManager'], enterpriseId: chem.id });
  worker = await login({ roles: ['worker'], enterpriseId: chem.id });
  outsider = await login({ roles: ['safetyManager'], enterpriseId: other.id });
  regulator = await login({ roles: ['platformAdmin'] });
  tankFarm = await buildRiskObject(t.db, chem.id, { name: '液氯储罐区' });
});

const calc = (s: Session, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/major-sources/evaluate', headers: s.headers, payload });
const objectUrl = (objectId: string, enterpriseId = chem.id) =>
  `/api/v1/enterprises/${enterpriseId}/risk-objects/${objectId}/major-source`;
const put = (s: Session, objectId: string, payload: object, enterpriseId = chem.id) =>
  t.app.inject({ method: 'PUT', url: objectUrl(objectId, enterpriseId), headers: s.headers, payload });

describe('POST /major-sources/evaluate (STANDARDS §4.5)', () => {
  it('1: SO₂ 200 t with 60 people → R = 30, 三级', async () => {
    const res = await calc(worker, {
      substances: [{ code: SO2, quantityTonnes: 200 }],
      exposedPopulation: 60,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      s: 10,
      isMajorSource: true,
      alpha: 1.5,
      r: 30,
      grade: 3,
      gradeLabel: '三级',
    });
    expect(res.json().data.terms[0]).toMatchObject({ q: 200, Q: 20, beta: 2, ratio: 10, weighted: 20 });
  });

  it('2: Cl₂ 5 t + NH₃ 5 t, nobody around → s = 1.5, R = 2.5, 四级', async () => {
    const res = await calc(worker, {
      substances: [
        { code: CL2, quantityTonnes: 5 },
        { code: NH3, quantityTonnes: 5 },
      ],
      exposedPopulation: 0,
    });
    expect(res.json().data).toMatchObject({ s: 1.5, isMajorSource: true, alpha: 0.5, r: 2.5, grade: 4 });
  });

  it('counts s = 1.0 exactly as a major source, and just below as not', async () => {
    const at = await calc(worker, {
      substances: [
        { code: CL2, quantityTonnes: 2.5 },
        { code: NH3, quantityTonnes: 5 },
      ],
      exposedPopulation: 0,
    });
    expect(at.json().data).toMatchObject({ s: 1, isMajorSource: true, grade: 4 });
    const below = await calc(worker, {
      substances: [
        { code: CL2, quantityTonnes: 2.4 },
        { code: NH3, quantityTonnes: 5 },
      ],
      exposedPopulation: 0,
    });
    expect(below.json().data).toMatchObject({ isMajorSource: false, grade: null });
  });

  it('3: Cl₂ 250 t with 100 or more people → R = 400, 一级', async () => {
    const res = await calc(worker, {
      substances: [{ code: CL2, quantityTonnes: 250 }],
      exposedPopulation: 150,
    });
    expect(res.json().data).toMatchObject({ s: 50, alpha: 2, r: 400, grade: 1, gradeLabel: '一级' });
  });

  it.each([
    [
      {
        substances: [
          { code: CL2, quantityTonnes: 1 },
          { code: NH3, quantityTonnes: 1 },
          { code: SO2, quantityTonnes: -1 },
        ],
        exposedPopulation: 0,
      },
      'body.substances.2.quantityTonnes',
    ],
    [{ substances: [{ code: 'T1-999', quantityTonnes: 1 }], exposedPopulation: 0 }, 'body.substances.0.code'],
    [{ substances: [{ code: CL2, quantityTonnes: 1 }], exposedPopulation: -3 }, 'body.exposedPopulation'],
    [{ substances: [], exposedPopulation: 0 }, 'body.substances'],
  ])('rejects bad input naming the field %#', async (payload, field) => {
    const res = await calc(worker, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field });
  });

  it('offers the usual class of a common substance outside 表3 and finds it by its abbreviation', async () => {
    const search = async (q: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/chemicals?q=${encodeURIComponent(q)}`,
          headers: worker.headers,
        })
      ).json().data;
    const [methanol] = await search('甲醇');
    expect(methanol).toMatchObject({
      table: 1,
      needsHazardClass: true,
      table3Beta: null,
      defaultHazardClasses: ['W5.3'],
    });
    expect((await search('LPG'))[0]).toMatchObject({ code: 'T1-52', defaultHazardClasses: ['W2'] });
    expect((await search('lng'))[0]).toMatchObject({ code: 'T1-49' });
  });

  it('identifies without β and grades only when every class is known', async () => {
    const res = await calc(worker, {
      substances: [
        { code: CL2, quantityTonnes: 10 },
        { code: 'T1-53', quantityTonnes: 1 },
      ],
      exposedPopulation: 0,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      isMajorSource: true,
      r: null,
      grade: null,
      missingHazardClasses: ['T1-53'],
    });
  });

  it('refuses a 表1 substance listed twice in the calculator as in the stored inventory', async () => {
    const twice = [
      { code: CL2, quantityTonnes: 3 },
      { code: CL2, quantityTonnes: 2 },
    ];
    const calculated = await calc(worker, { substances: twice, exposedPopulation: 0 });
    expect(calculated.statusCode).toBe(400);
    expect(calculated.json().error.field).toBe('body.substances.1.code');
    const store = await buildRiskObject(t.db, chem.id, { name: '氯气钢瓶库' });
    const stored = await put(manager, store.id, {
      exposedPopulation: 0,
      inventory: twice.map((s) => ({ substanceCode: s.code, quantityTonnes: s.quantityTonnes })),
    });
    expect(stored.statusCode).toBe(400);
    expect(stored.json().error.field).toBe('body.inventory.1.substanceCode');
  });

  it('stores several lines of one 表2 class', async () => {
    const gasStore = await buildRiskObject(t.db, chem.id, { name: '可燃气体储存区' });
    const stored = await put(manager, gasStore.id, {
      exposedPopulation: 0,
      inventory: [
        { substanceCode: 'W2', quantityTonnes: 2 },
        { substanceCode: 'W2', quantityTonnes: 3 },
      ],
    });
    expect(stored.statusCode).toBe(200);
    expect(stored.json().data).toMatchObject({ isMajorSource: false, latest: { result: { s: 0.5 } } });
  });

  it('requires a login', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/major-sources/evaluate',
      payload: { substances: [{ code: CL2, quantityTonnes: 1 }], exposedPopulation: 0 },
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('GET /chemicals', () => {
  it('finds by name, by CAS without hyphens and 表2 classes', async () => {
    const get = (q: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/chemicals?q=${encodeURIComponent(q)}`,
        headers: worker.headers,
      });
    expect((await get('氯')).json().data[0]).toMatchObject({
      code: CL2,
      table: 1,
      table3Beta: 4,
      needsHazardClass: false,
    });
    expect((await get('7782505')).json().data.map((c: { code: string }) => c.code)).toContain(CL2);
    expect((await get('W5.3')).json().data[0]).toMatchObject({ code: 'W5.3', table: 2 });
  });
});

describe('per-object inventory', () => {
  it('stores, evaluates, marks the object without making up a registration code, and keeps history', async () => {
    const first = await put(manager, tankFarm.id, {
      exposedPopulation: 60,
      inventory: [{ substanceCode: SO2, quantityTonnes: 200 }],
    });
    expect(first.statusCode).toBe(200);
    const data = first.json().data;
    expect(data).toMatchObject({ isMajorSource: true, majorSourceGrade: 3, exposedPopulation: 60 });
    expect(data.majorSourceCode).toBeNull();
    expect(data.facts).toMatchObject({ registrationCode: null, kind: null, exposedPopulation: 60 });
    expect(data.latest.result).toMatchObject({ r: 30, grade: 3 });
    expect(data.latest.result.explanation).toContain('三级');
    expect(data.inventory).toEqual([
      { substanceCode: SO2, substanceName: '二氧化硫', quantityTonnes: 200, hazardClasses: [] },
    ]);
    expect(first.json().abilities).toEqual({ canEdit: true });

    const second = await put(manager, tankFarm.id, {
      exposedPopulation: 150,
      inventory: [{ substanceCode: CL2, quantityTonnes: 250 }],
    });
    expect(second.json().data).toMatchObject({ majorSourceGrade: 1, majorSourceCode: null });
    expect(second.json().data.history.map((h: { grade: number }) => h.grade)).toEqual([1, 3]);
    expect(second.json().data.inventory).toHaveLength(1);

    const audit = await t.db
      .selectFrom('auditEvents')
      .select(['after'])
      .where('entityId', '=', tankFarm.id)
      .where('action', '=', 'risk.major-source-evaluated')
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('lists the major sources with grade, R and stewards, and clears the mark when it no longer qualifies', async () => {
    await t.db
      .insertInto('riskObjectStewards')
      .values({
        enterpriseId: chem.id,
        objectId: tankFarm.id,
        role: 'principal',
        name: '王建国',
        title: '总经理',
        phone: '13800000001',
        userId: null,
      })
      .execute();
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${chem.id}/major-sources`,
      headers: regulator.headers,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().data).toEqual([
      expect.objectContaining({
        objectId: tankFarm.id,
        grade: 1,
        gradeLabel: '一级',
        r: 400,
        stewards: [expect.objectContaining({ role: 'principal', name: '王建国' })],
        missingStewardRoles: ['technical', 'operational'],
      }),
    ]);

    const small = await buildRiskObject(t.db, chem.id, { name: '氨水罐' });
    const none = await put(manager, small.id, {
      exposedPopulation: 0,
      inventory: [{ substanceCode: NH3, quantityTonnes: 2 }],
    });
    expect(none.json().data).toMatchObject({
      isMajorSource: false,
      majorSourceGrade: null,
      majorSourceCode: null,
    });
    const after = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${chem.id}/major-sources`,
      headers: manager.headers,
    });
    expect(after.json().data).toHaveLength(1);
  });

  it('names the inventory field for bad lines', async () => {
    const negative = await put(manager, tankFarm.id, {
      exposedPopulation: -1,
      inventory: [{ substanceCode: CL2, quantityTonnes: 1 }],
    });
    expect(negative.json().error.field).toBe('body.exposedPopulation');
    const twice = await put(manager, tankFarm.id, {
      exposedPopulation: 0,
      inventory: [
        { substanceCode: CL2, quantityTonnes: 1 },
        { substanceCode: CL2, quantityTonnes: 2 },
      ],
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.field).toBe('body.inventory.1.substanceCode');
  });

  it('refuses a worker with 403 and hides the object from another enterprise', async () => {
    const denied = await put(worker, tankFarm.id, {
      exposedPopulation: 0,
      inventory: [{ substanceCode: CL2, quantityTonnes: 1 }],
    });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.permission).toBe('risk.edit');
    expect(
      (await t.app.inject({ method: 'GET', url: objectUrl(tankFarm.id), headers: outsider.headers }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await put(outsider, tankFarm.id, {
          exposedPopulation: 0,
          inventory: [{ substanceCode: CL2, quantityTonnes: 1 }],
        })
      ).statusCode,
    ).toBe(404);
    // Another enterprise's object through one's own enterprise id is 404 as well.
    const foreign = await buildRiskObject(t.db, other.id);
    expect(
      (
        await put(manager, foreign.id, {
          exposedPopulation: 0,
          inventory: [{ substanceCode: CL2, quantityTonnes: 1 }],
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/enterprises/${chem.id}/major-sources`,
          headers: outsider.headers,
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('PUT …/major-source/facts', () => {
  const factsUrl = (objectId: string, enterpriseId = chem.id) => `${objectUrl(objectId, enterpriseId)}/facts`;
  const putFacts = (s: Session, objectId: string, payload: object, enterpriseId = chem.id) =>
    t.app.inject({ method: 'PUT', url: factsUrl(objectId, enterpriseId), headers: s.headers, payload });
  const facts = {
    registrationCode: '341122-2019-0003',
    kind: 'tankFarm',
    involvesHazardousProcess: false,
    filingDate: '2023-05-10',
    filingValidUntil: '2026-05-09',
    lastAssessmentYear: 2023,
    inServiceDate: '2012-09-01',
    exposedPopulation: 160,
  };

  it('records the facts as filed, keeps the code as issued and writes the audit row', async () => {
    const res = await putFacts(manager, tankFarm.id, facts);
    expect(res.statusCode).toBe(200);
    expect(res.json().data.facts).toEqual(facts);
    expect(res.json().data).toMatchObject({ majorSourceCode: '341122-2019-0003', exposedPopulation: 160 });
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${chem.id}/major-sources`,
      headers: manager.headers,
    });
    expect(list.json().data[0]).toMatchObject({
      majorSourceCode: '341122-2019-0003',
      kind: 'tankFarm',
      filingValidUntil: '2026-05-09',
    });
    const audit = await t.db
      .selectFrom('auditEvents')
      .select(['before', 'after'])
      .where('entityId', '=', tankFarm.id)
      .where('action', '=', 'risk.major-source-facts-updated')
      .executeTakeFirstOrThrow();
    expect(audit.before).toMatchObject({ registrationCode: null });
    expect(audit.after).toMatchObject({ registrationCode: '341122-2019-0003', kind: 'tankFarm' });
    // A re-evaluation keeps the code as entered.
    const again = await put(manager, tankFarm.id, {
      exposedPopulation: 160,
      inventory: [{ substanceCode: CL2, quantityTonnes: 250 }],
    });
    expect(again.json().data.facts.registrationCode).toBe('341122-2019-0003');
  });

  it('clears a fact left out (PUT)', async () => {
    const res = await putFacts(manager, tankFarm.id, { ...facts, registrationCode: undefined, kind: null });
    expect(res.json().data.facts).toMatchObject({
      registrationCode: null,
      kind: null,
      lastAssessmentYear: 2023,
    });
  });

  it('names the field of a bad fact', async () => {
    const cases: [object, string][] = [
      [{ ...facts, kind: 'pipeline' }, 'body.kind'],
      [{ ...facts, filingDate: '2023/05/10' }, 'body.filingDate'],
      [{ ...facts, filingValidUntil: '2023-05-09' }, 'body.filingValidUntil'],
      [{ ...facts, lastAssessmentYear: new Date().getFullYear() + 1 }, 'body.lastAssessmentYear'],
      [{ ...facts, exposedPopulation: -1 }, 'body.exposedPopulation'],
      [{ ...facts, registrationCode: '码'.repeat(51) }, 'body.registrationCode'],
    ];
    for (const [payload, field] of cases) {
      const res = await putFacts(manager, tankFarm.id, payload);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
  });

  it('refuses facts for an object that is not a major source; workers 403, outsiders 404', async () => {
    const plain = await buildRiskObject(t.db, chem.id, { name: '办公楼' });
    const notMajor = await putFacts(manager, plain.id, facts);
    expect(notMajor.statusCode).toBe(409);
    expect(notMajor.json().error.code).toBe('RISK_NOT_MAJOR_SOURCE');
    expect((await putFacts(worker, tankFarm.id, facts)).statusCode).toBe(403);
    expect((await putFacts(outsider, tankFarm.id, facts)).statusCode).toBe(404);
    expect((await putFacts(outsider, tankFarm.id, facts, other.id)).statusCode).toBe(404);
  });
});
