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
const r: Record<'city' | 'county' | 'housing' | 'town' | 'otherCounty', { id: string }> = {} as never;
let chem: { id: string };
let admin: Session;
let countyInspector: Session;
let housingInspector: Session;
let manager: Session;
let worker: Session;

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  chem = await buildEnterprise(t.db, { industryCodes: ['hazardous_chemicals'] });
  r.city = await buildRegulator(t.db, { jurisdictionCode: PLACES.city });
  r.county = await buildRegulator(t.db);
  r.housing = await buildRegulator(t.db, {
    kind: 'housingConstruction',
    remits: [{ jurisdictionCode: PLACES.county, industryCode: 'construction' }],
  });
  r.town = await buildRegulator(t.db, { kind: 'township', jurisdictionCode: PLACES.townA });
  r.otherCounty = await buildRegulator(t.db, { jurisdictionCode: PLACES.otherCounty });
  const user = async (roles: Parameters<typeof buildUser>[1]) =>
    loginAs(t.app, (await buildUser(t.db, roles)).username);
  admin = await user({ roles: ['platformAdmin'] });
  countyInspector = await user({ roles: ['inspector'], regulatorId: r.county.id });
  housingInspector = await user({ roles: ['inspector'], regulatorId: r.housing.id });
  manager = await user({ roles: ['safetyManager'], enterpriseId: chem.id });
  worker = await user({ roles: ['worker'], enterpriseId: chem.id });
});

const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });
const ids = (res: { json: () => { data: { id: string }[] } }) => res.json().data.map((x) => x.id);
const send = (s: Session, method: 'POST' | 'PATCH' | 'PUT', url: string, payload: object) =>
  t.app.inject({ method, url, headers: s.headers, payload });

describe('GET /regulators scope', () => {
  it('shows the platform administrator every regulator, with remits, and lets it create', async () => {
    const res = await get(admin, '/api/v1/regulators');
    expect(res.statusCode).toBe(200);
    expect(ids(res)).toEqual(expect.arrayContaining(Object.values(r).map((x) => x.id)));
    expect(res.json().abilities).toEqual({ canCreate: true });
    const housing = res.json().data.find((x: { id: string }) => x.id === r.housing.id);
    expect(housing).toMatchObject({
      kind: 'housingConstruction',
      jurisdictionCode: PLACES.county,
      jurisdictionName: '青溪县',
      isActive: true,
      remits: [{ jurisdictionCode: PLACES.county, jurisdictionName: '青溪县', industryCode: 'construction' }],
    });
  });

  it('shows a county inspector the regulators at, above and below its county only', async () => {
    const res = await get(countyInspector, '/api/v1/regulators');
    expect(ids(res).sort()).toEqual([r.city.id, r.county.id, r.housing.id, r.town.id].sort());
    expect(res.json().abilities.canCreate).toBe(false);
  });

  it('shows an enterprise who supervises it', async () => {
    const res = await get(manager, '/api/v1/regulators');
    expect(ids(res).sort()).toEqual([r.city.id, r.county.id, r.town.id].sort());
  });

  it('refuses a worker (no regulator.read) with 403 and hides outsiders with 404', async () => {
    const denied = await get(worker, '/api/v1/regulators');
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error).toMatchObject({ code: 'FORBIDDEN', permission: 'regulator.read' });
    expect((await get(manager, `/api/v1/regulators/${r.otherCounty.id}`)).statusCode).toBe(404);
    expect((await get(countyInspector, `/api/v1/regulators/${r.otherCounty.id}`)).statusCode).toBe(404);
    const own = await get(manager, `/api/v1/regulators/${r.county.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().abilities).toEqual({ canUpdate: false });
    expect((await get(admin, `/api/v1/regulators/${r.county.id}`)).json().abilities).toEqual({
      canUpdate: true,
    });
  });
});

describe('POST /regulators', () => {
  const input = () => ({
    name: '青溪县交通运输局',
    kind: 'transport',
    jurisdictionCode: PLACES.county,
    remits: [
      { jurisdictionCode: PLACES.county, industryCode: 'road_transport' },
      { jurisdictionCode: PLACES.townA, industryCode: '*' },
    ],
  });

  it('creates a regulator with its remit, audited on the platform chain', async () => {
    const res = await send(admin, 'POST', '/api/v1/regulators', input());
    expect(res.statusCode).toBe(201);
    const id = res.json().data.id as string;
    const one = await get(admin, `/api/v1/regulators/${id}`);
    expect(one.json().data.remits).toHaveLength(2);
    const event = await t.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('entityId', '=', id)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ chain: 'platform', action: 'regulator.created', entityType: 'regulator' });
  });

  it('names the remit that lies outside its own jurisdiction, and other bad fields', async () => {
    const outside = await send(admin, 'POST', '/api/v1/regulators', {
      ...input(),
      remits: [input().remits[0], { jurisdictionCode: PLACES.otherTown, industryCode: '*' }],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.field).toBe('body.remits.1.jurisdictionCode');
    const above = await send(admin, 'POST', '/api/v1/regulators', {
      ...input(),
      remits: [{ jurisdictionCode: PLACES.city, industryCode: '*' }],
    });
    expect(above.json().error.field).toBe('body.remits.0.jurisdictionCode');
    const industry = await send(admin, 'POST', '/api/v1/regulators', {
      ...input(),
      remits: [{ jurisdictionCode: PLACES.county, industryCode: 'no_such' }],
    });
    expect(industry.json().error.field).toBe('body.remits.0.industryCode');
    const kind = await send(admin, 'POST', '/api/v1/regulators', { ...input(), kind: 'ministry' });
    expect(kind.json().error.field).toBe('body.kind');
    const place = await send(admin, 'POST', '/api/v1/regulators', { ...input(), jurisdictionCode: '990999' });
    expect(place.json().error.field).toBe('body.jurisdictionCode');
  });

  it('refuses a regulator user with 403', async () => {
    const res = await send(countyInspector, 'POST', '/api/v1/regulators', input());
    expect(res.statusCode).toBe(403);
    expect(res.json().error.permission).toBe('regulator.manage');
  });
});

describe('PATCH /regulators/:id and PUT /regulators/:id/remits', () => {
  it('updates name and activity with before/after, and hides an inactive one from enterprises', async () => {
    const res = await send(admin, 'PATCH', `/api/v1/regulators/${r.town.id}`, {
      name: '青溪镇人民政府',
      isActive: false,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ name: '青溪镇人民政府', isActive: false });
    const event = await t.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('entityId', '=', r.town.id)
      .where('action', '=', 'regulator.updated')
      .executeTakeFirstOrThrow();
    expect(event.before).toMatchObject({ isActive: true });
    expect(event.after).toEqual({ name: '青溪镇人民政府', isActive: false });
    expect(ids(await get(manager, '/api/v1/regulators'))).not.toContain(r.town.id);
    await send(admin, 'PATCH', `/api/v1/regulators/${r.town.id}`, { isActive: true });
  });

  it('replaces the remit, records it, and widens what the department sees at once', async () => {
    expect((await get(housingInspector, `/api/v1/enterprises/${chem.id}`)).statusCode).toBe(404);
    const remits = [
      { jurisdictionCode: PLACES.county, industryCode: 'construction' },
      { jurisdictionCode: PLACES.townA, industryCode: 'hazardous_chemicals' },
    ];
    const res = await send(admin, 'PUT', `/api/v1/regulators/${r.housing.id}/remits`, { remits });
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .data.remits.map((x: { industryCode: string }) => x.industryCode)
        .sort(),
    ).toEqual(['construction', 'hazardous_chemicals']);
    const event = await t.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('entityId', '=', r.housing.id)
      .where('action', '=', 'regulator.remits-replaced')
      .executeTakeFirstOrThrow();
    expect(event.before).toEqual({
      remits: [{ jurisdictionCode: PLACES.county, industryCode: 'construction' }],
    });
    expect(event.after).toEqual({ remits });
    expect((await get(housingInspector, `/api/v1/enterprises/${chem.id}`)).statusCode).toBe(200);
  });

  it('refuses a visible insider with 403, an outsider with 404, and a stray remit with 400', async () => {
    const patch = await send(countyInspector, 'PATCH', `/api/v1/regulators/${r.county.id}`, { name: '改名' });
    expect(patch.statusCode).toBe(403);
    const put = await send(manager, 'PUT', `/api/v1/regulators/${r.otherCounty.id}/remits`, { remits: [] });
    expect(put.statusCode).toBe(404);
    const stray = await send(admin, 'PUT', `/api/v1/regulators/${r.town.id}/remits`, {
      remits: [{ jurisdictionCode: PLACES.townB, industryCode: '*' }],
    });
    expect(stray.statusCode).toBe(400);
    expect(stray.json().error.field).toBe('body.remits.0.jurisdictionCode');
  });
});
