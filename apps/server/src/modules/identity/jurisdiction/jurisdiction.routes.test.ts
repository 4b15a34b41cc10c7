import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnterprise, buildJurisdictions, buildUser, PLACES } from '../../../../test/factories.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../../../../test/test-app.ts';

let t: TestApp;
let admin: Session;
let manager: Session;

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  const chem = await buildEnterprise(t.db);
  admin = await loginAs(t.app, (await buildUser(t.db, { roles: ['platformAdmin'] })).username);
  manager = await loginAs(
    t.app,
    (await buildUser(t.db, { roles: ['safetyManager'], enterpriseId: chem.id })).username,
  );
});

const post = (s: Session | null, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/jurisdictions', headers: s?.headers ?? {}, payload });

describe('GET /jurisdictions', () => {
  it('answers the tree ordered by path without a login', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/jurisdictions' });
    expect(res.statusCode).toBe(200);
    const data = res.json().data as { code: string; path: string }[];
    expect(data.map((j) => j.path)).toEqual([...data.map((j) => j.path)].sort());
    expect(data[0]).toEqual({
      code: PLACES.province,
      parentCode: null,
      name: '江宁省',
      level: 'province',
      path: '990000',
    });
    expect(data.find((j) => j.code === PLACES.townA)).toMatchObject({
      parentCode: PLACES.county,
      level: 'township',
    });
  });
});

describe('POST /jurisdictions', () => {
  it('adds a grid below a township with its path, audited on the platform chain', async () => {
    const code = '990102001001';
    const res = await post(admin, { code, parentCode: PLACES.townA, name: '青溪村网格', level: 'grid' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ data: { code } });
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/jurisdictions' });
    expect(list.json().data.find((j: { code: string }) => j.code === code).path).toBe(
      `990000.990100.990102.990102001000.${code}`,
    );
    const event = await t.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('entityId', '=', code)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ chain: 'platform', enterpriseId: null, action: 'jurisdiction.created' });
  });

  it('accepts a new province at the root', async () => {
    const res = await post(admin, { code: '980000', parentCode: null, name: '测试省', level: 'province' });
    expect(res.statusCode).toBe(201);
  });

  it('names body.parentCode when the parent is missing', async () => {
    const unknown = await post(admin, { code: '990199', parentCode: '990999', name: '无', level: 'county' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.parentCode' });
    const rootless = await post(admin, { code: '990199', parentCode: null, name: '无', level: 'county' });
    expect(rootless.json().error.field).toBe('body.parentCode');
  });

  it("names body.level when the level does not follow the parent's", async () => {
    const skip = await post(admin, {
      code: '990102009000',
      parentCode: PLACES.city,
      name: '跳级镇',
      level: 'township',
    });
    expect(skip.statusCode).toBe(400);
    expect(skip.json().error.field).toBe('body.level');
    const provinceBelow = await post(admin, {
      code: '970000',
      parentCode: PLACES.province,
      name: '省中省',
      level: 'province',
    });
    expect(provinceBelow.json().error.field).toBe('body.level');
  });

  it('names the field of a malformed code, and refuses a duplicate with 409', async () => {
    const bad = await post(admin, { code: '99-01', parentCode: null, name: '坏', level: 'province' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('body.code');
    const dup = await post(admin, {
      code: PLACES.county,
      parentCode: PLACES.city,
      name: '重复',
      level: 'county',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'JURISDICTION_CODE_TAKEN', field: 'body.code' });
  });

  it('refuses an enterprise manager with 403 and an anonymous caller with 401', async () => {
    const body = { code: '990104', parentCode: PLACES.city, name: '新县', level: 'county' };
    const res = await post(manager, body);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.permission).toBe('jurisdiction.manage');
    expect((await post(null, body)).statusCode).toBe(401);
  });
});

describe('PATCH /jurisdictions/:code', () => {
  it('renames and records before and after', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/jurisdictions/${PLACES.townB}`,
      headers: admin.headers,
      payload: { name: '白石街道' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ code: PLACES.townB, name: '白石街道', level: 'township' });
    const event = await t.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('entityId', '=', PLACES.townB)
      .where('action', '=', 'jurisdiction.updated')
      .executeTakeFirstOrThrow();
    expect(event.before).toEqual({ name: '白石镇' });
    expect(event.after).toEqual({ name: '白石街道' });
    expect(event.chain).toBe('platform');
  });

  it('answers 404 for an unknown code, 400 for an empty name, 403 without the permission', async () => {
    const patch = (s: Session, code: string, name: string) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/jurisdictions/${code}`,
        headers: s.headers,
        payload: { name },
      });
    expect((await patch(admin, '990555', '无')).statusCode).toBe(404);
    const empty = await patch(admin, PLACES.townA, ' ');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.field).toBe('body.name');
    expect((await patch(manager, PLACES.townA, '改名')).statusCode).toBe(403);
  });
});
