import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildEnterprise,
  buildJurisdictions,
  buildRegulator,
  buildUser,
  creditCode,
  PLACES,
} from '../../../../test/factories.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../../../../test/test-app.ts';

let t: TestApp;
let chem: { id: string };
let mall: { id: string };
let otherCountyPlant: { id: string };
let pending: { id: string };
let bureau: Session;
let housing: Session;
let manager: Session;
let worker: Session;

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  chem = await buildEnterprise(t.db, { name: '宏达化工', industryCodes: ['hazardous_chemicals'] });
  mall = await buildEnterprise(t.db, {
    name: '万家商场',
    jurisdictionCode: PLACES.townB,
    industryCodes: ['industry_trade.commerce', 'crowded_places'],
  });
  otherCountyPlant = await buildEnterprise(t.db, { jurisdictionCode: PLACES.otherTown });
  pending = await buildEnterprise(t.db, { status: 'pending', industryCodes: ['construction'] });
  const emergency = await buildRegulator(t.db, { kind: 'emergencyBureau' });
  const housingDept = await buildRegulator(t.db, {
    kind: 'housingConstruction',
    remits: [{ jurisdictionCode: PLACES.county, industryCode: 'construction' }],
  });
  bureau = await loginAs(
    t.app,
    (await buildUser(t.db, { roles: ['inspector'], regulatorId: emergency.id })).username,
  );
  housing = await loginAs(
    t.app,
    (await buildUser(t.db, { roles: ['inspector'], regulatorId: housingDept.id })).username,
  );
  manager = await loginAs(
    t.app,
    (await buildUser(t.db, { roles: ['safetyManager'], enterpriseId: chem.id })).username,
  );
  worker = await loginAs(
    t.app,
    (await buildUser(t.db, { roles: ['worker'], enterpriseId: chem.id })).username,
  );
});

const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });

describe('enterprise registry scope', () => {
  it('shows a comprehensive regulator every enterprise in its county and none outside', async () => {
    const res = await get(bureau, '/api/v1/enterprises?pageSize=100');
    expect(res.statusCode).toBe(200);
    const ids = res.json().data.map((e: { id: string }) => e.id);
    expect(ids).toEqual(expect.arrayContaining([chem.id, mall.id, pending.id]));
    expect(ids).not.toContain(otherCountyPlant.id);
    expect(res.json().abilities.canRegister).toBe(true);
    // Pending registrations come first: they are the regulator's work.
    expect(ids[0]).toBe(pending.id);
  });

  it('shows an industry department only its industries', async () => {
    const res = await get(housing, '/api/v1/enterprises');
    expect(res.json().data.map((e: { id: string }) => e.id)).toEqual([pending.id]);
    expect((await get(housing, `/api/v1/enterprises/${chem.id}`)).statusCode).toBe(404);
  });

  it('filters by jurisdiction subtree, industry, status and keyword', async () => {
    const town = await get(bureau, `/api/v1/enterprises?jurisdictionCode=${PLACES.townB}`);
    expect(town.json().data.map((e: { id: string }) => e.id)).toEqual([mall.id]);
    const parent = await get(bureau, '/api/v1/enterprises?industryCode=industry_trade');
    expect(parent.json().data.map((e: { id: string }) => e.id)).toEqual([mall.id]);
    const q = await get(bureau, `/api/v1/enterprises?q=${encodeURIComponent('化工')}`);
    expect(q.json().page.total).toBe(1);
    const status = await get(bureau, '/api/v1/enterprises?status=pending');
    expect(status.json().data).toHaveLength(1);
  });

  it('gives an enterprise user their own enterprise and 404 for another', async () => {
    const own = await get(manager, `/api/v1/enterprises/${chem.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().abilities).toMatchObject({ canUpdate: true, canReview: false });
    const other = await get(manager, `/api/v1/enterprises/${mall.id}`);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('NOT_FOUND');
    const list = await get(manager, '/api/v1/enterprises');
    expect(list.json().data.map((e: { id: string }) => e.id)).toEqual([chem.id]);
  });

  it('requires a login', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/enterprises' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });
});

describe('enterprise update', () => {
  it('lets the safety manager update and records before/after in the audit chain', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/enterprises/${chem.id}`,
      headers: manager.headers,
      payload: { address: '临港工业园区纬三路8号', employeeCount: 320 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.address).toBe('临港工业园区纬三路8号');
    const event = await t.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('entityId', '=', chem.id)
      .where('action', '=', 'enterprise.updated')
      .executeTakeFirstOrThrow();
    expect(event.before).toMatchObject({ address: '青溪镇工业路1号', employeeCount: 50 });
    expect(event.after).toMatchObject({ address: '临港工业园区纬三路8号', employeeCount: 320 });
    expect(event.chain).toBe(chem.id);
  });

  it('keeps the national identifiers and facts, shows them to the regulator and filters the registry by them', async () => {
    const facts = {
      hazardousChemicalCode: '370212345',
      legalRepresentative: '王建国',
      safetyLead: { name: '李安全', phone: '13900001111' },
      dutyPhone: '0531-88886666',
      industrialPark: '青溪化工园区',
      operatingStatus: 'operating',
      standardisationGrade: 'grade2',
      keyProcesses: ['03', '08'],
      keyChemicals: ['液氯', '液氨'],
    };
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/enterprises/${chem.id}`,
      headers: manager.headers,
      payload: facts,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject(facts);
    const seen = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${chem.id}`,
      headers: bureau.headers,
    });
    expect(seen.json().data).toMatchObject(facts);
    const list = async (query: string) =>
      (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises?${query}`, headers: bureau.headers }))
        .json()
        .data.map((e: { id: string }) => e.id);
    expect(await list('keyProcess=08')).toEqual([chem.id]);
    expect(await list('keyProcess=01')).toEqual([]);
    expect(await list('standardisationGrade=grade2')).toEqual([chem.id]);
    expect(await list('operatingStatus=operating')).toContain(chem.id);
    for (const [field, value] of [
      ['hazardousChemicalCode', '12345'],
      ['keyProcesses', ['19']],
      ['operatingStatus', 'open'],
    ] as const) {
      const bad = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/enterprises/${chem.id}`,
        headers: manager.headers,
        payload: { [field]: value },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toMatch(new RegExp(`^body\\.${field}`));
    }
  });

  it('refuses a worker with 403 and names the permission', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/enterprises/${chem.id}`,
      headers: worker.headers,
      payload: { address: '别处' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.permission).toBe('enterprise.update');
  });

  it('refuses a state change without the CSRF header', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/enterprises/${chem.id}`,
      headers: { cookie: manager.cookie },
      payload: { address: '无令牌' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
  });

  it('rejects bad input with 400 naming the field', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/enterprises/${chem.id}`,
      headers: manager.headers,
      payload: { principal: { name: '张三', phone: '12345' } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.principal.phone' });
  });
});

describe('registration and review', () => {
  const registration = () => ({
    name: '青溪县鑫源建筑工程有限公司',
    creditCode: creditCode(),
    address: '青溪镇建设路18号',
    jurisdictionCode: PLACES.townA,
    industryCodes: ['construction'],
    scale: 'medium',
    principal: { name: '赵立新', phone: '13912345678' },
    contact: { name: '钱安', phone: '13912345679' },
    account: { username: 'xinyuan', name: '钱安', phone: '13912345679', password: 'Xinyuan@2026' },
  });

  it('accepts a self-registration as pending, tells the regulators in remit, and lets one approve', async () => {
    const body = registration();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/enterprise-registrations',
      payload: body,
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().data.id as string;

    // The account cannot log in before approval.
    const early = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: 'xinyuan', password: 'Xinyuan@2026' },
    });
    expect(early.statusCode).toBe(403);

    const seen = await get(housing, `/api/v1/enterprises/${id}`);
    expect(seen.json().abilities.canReview).toBe(true);
    const inbox = await t.db
      .selectFrom('notifications')
      .select('title')
      .where('kind', '=', 'enterprise.registration-submitted')
      .execute();
    expect(inbox.length).toBeGreaterThanOrEqual(2);

    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${id}/review`,
      headers: housing.headers,
      payload: { decision: 'approve' },
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().data.status).toBe('approved');
    await loginAs(t.app, 'xinyuan', 'Xinyuan@2026');

    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${id}/review`,
      headers: bureau.headers,
      payload: { decision: 'reject', reason: '重复' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('needs a reason to reject', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${pending.id}/review`,
      headers: bureau.headers,
      payload: { decision: 'reject' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('body.reason');
  });

  it('rejects an invalid credit code and a duplicate one', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/enterprise-registrations',
      payload: { ...registration(), creditCode: '91990102MA00000010' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('body.creditCode');
  });

  it('lets a regulator register an enterprise inside its remit only', async () => {
    const { account: _account, ...input } = registration();
    const inside = await t.app.inject({
      method: 'POST',
      url: '/api/v1/enterprises',
      headers: housing.headers,
      payload: input,
    });
    expect(inside.statusCode).toBe(201);
    const outside = await t.app.inject({
      method: 'POST',
      url: '/api/v1/enterprises',
      headers: housing.headers,
      payload: { ...input, creditCode: creditCode(), industryCodes: ['hazardous_chemicals'] },
    });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('ENTERPRISE_OUTSIDE_REMIT');
    const byWorker = await t.app.inject({
      method: 'POST',
      url: '/api/v1/enterprises',
      headers: worker.headers,
      payload: { ...input, creditCode: creditCode() },
    });
    expect(byWorker.statusCode).toBe(403);
  });
});
