import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnterprise, buildJurisdictions, buildUser } from '../../../../test/factories.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../../../../test/test-app.ts';

let t: TestApp;
let chem: { id: string };
let manager: Session;
let colleague: Session;
let worker: Session;

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  chem = await buildEnterprise(t.db);
  manager = await loginAs(
    t.app,
    (await buildUser(t.db, { roles: ['safetyManager'], enterpriseId: chem.id })).username,
  );
  colleague = await loginAs(
    t.app,
    (await buildUser(t.db, { roles: ['safetyManager'], enterpriseId: chem.id })).username,
  );
  worker = await loginAs(
    t.app,
    (await buildUser(t.db, { roles: ['worker'], enterpriseId: chem.id })).username,
  );
});

const create = (s: Session, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/api-tokens', headers: s.headers, payload });
const bearer = (token: string, method: 'GET' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(payload ? { payload } : {}),
  });

describe('API token lifecycle', () => {
  it('issues a scoped token that works, is limited to its scopes, and stops working once revoked', async () => {
    const res = await create(manager, { name: '数据对接', scopes: ['enterprise.read'] });
    expect(res.statusCode).toBe(201);
    const { id, token } = res.json().data as { id: string; token: string };
    expect(token).toMatch(/^skt_[A-Za-z0-9_-]{40,}$/);

    const read = await bearer(token, 'GET', `/api/v1/enterprises/${chem.id}`);
    expect(read.statusCode).toBe(200);
    // The owner may update the enterprise, but the token was not given enterprise.update.
    const write = await bearer(token, 'PATCH', `/api/v1/enterprises/${chem.id}`, { address: '令牌改地址' });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.permission).toBe('enterprise.update');
    expect((await bearer(token, 'GET', '/api/v1/users')).statusCode).toBe(403);

    const listed = await t.app.inject({ method: 'GET', url: '/api/v1/api-tokens', headers: manager.headers });
    const row = listed.json().data.find((x: { id: string }) => x.id === id);
    expect(row).toMatchObject({
      name: '数据对接',
      prefix: token.slice(0, 8),
      scopes: ['enterprise.read'],
      revokedAt: null,
    });
    expect(row.lastUsedAt).not.toBeNull();
    expect(listed.body).not.toContain(token);

    const revoked = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/api-tokens/${id}`,
      headers: manager.headers,
    });
    expect(revoked.statusCode).toBe(204);
    const after = await bearer(token, 'GET', `/api/v1/enterprises/${chem.id}`);
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
    const again = await t.app.inject({ method: 'GET', url: '/api/v1/api-tokens', headers: manager.headers });
    expect(again.json().data.find((x: { id: string }) => x.id === id).revokedAt).not.toBeNull();

    const events = await t.db
      .selectFrom('auditEvents')
      .select(['action', 'chain', 'after'])
      .where('entityId', '=', id)
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['apiToken.created', 'apiToken.revoked']);
    expect(events.every((e) => e.chain === chem.id)).toBe(true);
    expect(JSON.stringify(events)).not.toContain(token);
  });

  it('refuses a token once it has expired', async () => {
    const res = await create(manager, {
      name: '短期',
      scopes: ['enterprise.read'],
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    });
    const { id, token } = res.json().data;
    expect((await bearer(token, 'GET', `/api/v1/enterprises/${chem.id}`)).statusCode).toBe(200);
    await t.db
      .updateTable('apiTokens')
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where('id', '=', id)
      .execute();
    expect((await bearer(token, 'GET', `/api/v1/enterprises/${chem.id}`)).statusCode).toBe(401);
  });

  it('names the scope the caller does not hold, an unknown scope, and a past expiry', async () => {
    const beyond = await create(manager, { name: 'x', scopes: ['enterprise.read', 'jurisdiction.manage'] });
    expect(beyond.statusCode).toBe(400);
    expect(beyond.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.scopes.1' });
    const unknown = await create(manager, { name: 'x', scopes: ['everything'] });
    expect(unknown.json().error.field).toBe('body.scopes.0');
    const past = await create(manager, {
      name: 'x',
      scopes: ['enterprise.read'],
      expiresAt: '2020-01-01T00:00:00Z',
    });
    expect(past.json().error.field).toBe('body.expiresAt');
  });

  it("refuses a worker (no apiToken.manage) with 403 and hides other users' tokens with 404", async () => {
    const denied = await create(worker, { name: 'x', scopes: ['enterprise.read'] });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.permission).toBe('apiToken.manage');
    const mine = await create(manager, { name: '我的', scopes: ['enterprise.read'] });
    const id = mine.json().data.id;
    const theirs = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/api-tokens/${id}`,
      headers: colleague.headers,
    });
    expect(theirs.statusCode).toBe(404);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/api-tokens', headers: colleague.headers });
    expect(list.json().data).toEqual([]);
  });
});
