import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildEnterprise,
  buildJurisdictions,
  buildRegulator,
  buildUser,
  PLACES,
} from '../../../../test/factories.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../../../../test/test-app.ts';

let t: TestApp;
let chem: { id: string };
let mall: { id: string };
let far: { id: string };
let admin: Session;
let manager: Session;
let worker: Session;
let bureau: Session;
let housing: Session;

type Event = { seq: number; action: string; actorName: string | null; entityType: string; entityId: string };

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  chem = await buildEnterprise(t.db, { industryCodes: ['hazardous_chemicals'] });
  mall = await buildEnterprise(t.db, { jurisdictionCode: PLACES.townB, industryCodes: ['crowded_places'] });
  far = await buildEnterprise(t.db, { jurisdictionCode: PLACES.otherTown });
  const emergency = await buildRegulator(t.db);
  const housingDept = await buildRegulator(t.db, {
    kind: 'housingConstruction',
    remits: [{ jurisdictionCode: PLACES.county, industryCode: 'construction' }],
  });
  const user = async (o: Parameters<typeof buildUser>[1]) =>
    loginAs(t.app, (await buildUser(t.db, o)).username);
  admin = await user({ roles: ['platformAdmin'] });
  manager = await user({ roles: ['safetyManager'], enterpriseId: chem.id });
  worker = await user({ roles: ['worker'], enterpriseId: chem.id });
  bureau = await user({ roles: ['inspector'], regulatorId: emergency.id });
  housing = await user({ roles: ['inspector'], regulatorId: housingDept.id });
  const farManager = await user({ roles: ['safetyManager'], enterpriseId: far.id });
  const mallManager = await user({ roles: ['safetyManager'], enterpriseId: mall.id });
  // One change on each chain: three enterprises and the platform.
  const patch = (s: Session, url: string, payload: object) =>
    t.app.inject({ method: 'PATCH', url, headers: s.headers, payload });
  await patch(manager, `/api/v1/enterprises/${chem.id}`, { employeeCount: 120 });
  await patch(mallManager, `/api/v1/enterprises/${mall.id}`, { employeeCount: 80 });
  await patch(farManager, `/api/v1/enterprises/${far.id}`, { employeeCount: 30 });
  await patch(admin, `/api/v1/jurisdictions/${PLACES.townA}`, { name: '青溪街道' });
});

const list = async (s: Session, query = '') => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/audit-events?pageSize=200${query}`,
    headers: s.headers,
  });
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return { res, data: res.json().data as Event[] };
};
const updated = (data: Event[]) =>
  data
    .filter((e) => e.action === 'enterprise.updated')
    .map((e) => e.entityId)
    .sort();

describe('GET /audit-events', () => {
  it('gives an enterprise user only its own chain, with who, what, when, before and after', async () => {
    const { res, data } = await list(manager);
    expect(res.statusCode).toBe(200);
    expect(updated(data)).toEqual([chem.id]);
    expect(data.some((e) => e.entityType === 'jurisdiction')).toBe(false);
    const event = res.json().data.find((e: Event) => e.action === 'enterprise.updated');
    expect(event).toMatchObject({
      entityType: 'enterprise',
      before: { employeeCount: 50 },
      after: { employeeCount: 120 },
    });
    expect(event.actorName).toMatch(/^测试用户/);
    expect(Date.parse(event.occurredAt)).not.toBeNaN();
    expect(res.json().page).toMatchObject({ page: 1, pageSize: 200, total: data.length });
    expect((await list(manager, `&enterpriseId=${mall.id}`)).data).toEqual([]);
  });

  it('gives a regulator the chains of the enterprises it can see, never the platform chain', async () => {
    expect(updated((await list(bureau)).data)).toEqual([chem.id, mall.id].sort());
    expect((await list(bureau)).data.some((e) => e.entityType === 'jurisdiction')).toBe(false);
    expect(updated((await list(housing)).data)).toEqual([]);
    expect(updated((await list(bureau, `&enterpriseId=${chem.id}`)).data)).toEqual([chem.id]);
    expect((await list(bureau, `&enterpriseId=${far.id}`)).data).toEqual([]);
  });

  it('gives the platform every chain, the platform chain included, and filters by entity', async () => {
    const { data } = await list(admin);
    expect(updated(data)).toEqual([chem.id, mall.id, far.id].sort());
    const places = await list(admin, `&entityType=jurisdiction&entityId=${PLACES.townA}`);
    expect(places.data.map((e) => e.action)).toEqual(['jurisdiction.updated']);
    const paged = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit-events?pageSize=2&page=1',
      headers: admin.headers,
    });
    expect(paged.json().data).toHaveLength(2);
    expect(paged.json().page.total).toBe(data.length);
  });

  it('refuses a worker (no audit.read) with 403 and names a bad filter', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit-events', headers: worker.headers });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.permission).toBe('audit.read');
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit-events?enterpriseId=nope',
      headers: admin.headers,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('querystring.enterpriseId');
  });
});
