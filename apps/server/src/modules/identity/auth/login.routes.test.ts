import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnterprise, buildJurisdictions, buildUser } from '../../../../test/factories.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../../test/test-app.ts';

let t: TestApp;
let enterpriseId: string;

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  enterpriseId = (await buildEnterprise(t.db)).id;
});

const newUser = async () => (await buildUser(t.db, { roles: ['worker'], enterpriseId })).username;

function attempt(login: string, password: string, remoteAddress = '198.51.100.7', headers = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { login, password },
    remoteAddress,
    headers,
  });
}

const codeOf = (res: { json(): unknown }) => (res.json() as { error?: { code: string } }).error?.code ?? 'OK';

describe('login protection', () => {
  it('answers a real account and an unknown login alike, attempt by attempt, up to the lock', async () => {
    const real = await newUser();
    const ghost = `nobody-${real}`;
    const realCodes: string[] = [];
    const ghostCodes: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const a = await attempt(real, 'wrong-password', '198.51.100.10');
      const b = await attempt(ghost, 'wrong-password', '198.51.100.11');
      realCodes.push(`${a.statusCode} ${codeOf(a)}`);
      ghostCodes.push(`${b.statusCode} ${codeOf(b)}`);
    }
    expect(realCodes).toEqual(ghostCodes);
    expect(realCodes.at(-1)).toBe('423 AUTH_ACCOUNT_LOCKED');
    expect(realCodes[0]).toBe('401 AUTH_INVALID_CREDENTIALS');
  });

  it('names the lock end and backs off: the second lock lasts twice as long', async () => {
    const login = await newUser();
    for (let i = 0; i < 5; i += 1) await attempt(login, 'wrong', '198.51.100.20');
    const locked = await attempt(login, TEST_PASSWORD, '198.51.100.20');
    expect(locked.statusCode).toBe(423);
    const until = new Date((locked.json() as { error: { lockedUntil: string } }).error.lockedUntil);
    expect(until.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    // Let the lock lapse, then fail five more times: the next lock is 30 minutes.
    await sql`update users set locked_until = now() - interval '1 second' where username = ${login}`.execute(
      t.db,
    );
    for (let i = 0; i < 5; i += 1) await attempt(login, 'wrong', '198.51.100.21');
    const again = await attempt(login, TEST_PASSWORD, '198.51.100.21');
    const until2 = new Date((again.json() as { error: { lockedUntil: string } }).error.lockedUntil);
    expect(until2.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
  });

  it('lets a correct password through an address that others have throttled', async () => {
    const address = '203.0.113.50';
    // Thirty wrong passwords from one factory NAT, spread over accounts so none locks.
    for (let u = 0; u < 8; u += 1) {
      const login = await newUser();
      for (let i = 0; i < 4; i += 1) await attempt(login, 'wrong', address);
    }
    const colleague = await newUser();
    const wrong = await attempt(colleague, 'wrong', address);
    expect(wrong.statusCode).toBe(429);
    expect((wrong.json() as { error: { retryAt: string } }).error.retryAt).toMatch(/^\d{4}-/);
    const right = await attempt(colleague, TEST_PASSWORD, address);
    expect(right.statusCode).toBe(200);
  });

  it('refuses one (address, account) pair after ten failures while other pairs carry on', async () => {
    const login = await newUser();
    const address = '203.0.113.60';
    // Keep the account itself from locking so only the pair limit is in play.
    for (let i = 0; i < 10; i += 1) {
      await attempt(login, 'wrong', address);
      await sql`update users set failed_logins = 0, locked_until = null where username = ${login}`.execute(
        t.db,
      );
    }
    expect((await attempt(login, TEST_PASSWORD, address)).statusCode).toBe(429);
    expect((await attempt(login, TEST_PASSWORD, '203.0.113.61')).statusCode).toBe(200);
  });
});

describe('client address', () => {
  it('ignores X-Forwarded-For unless a proxy is trusted (TRUST_PROXY unset)', async () => {
    const login = await newUser();
    const res = await attempt(login, TEST_PASSWORD, '192.0.2.1', { 'x-forwarded-for': '10.9.9.9' });
    expect(res.statusCode).toBe(200);
    const row = await t.db
      .selectFrom('auditEvents')
      .select('ip')
      .where('action', '=', 'user.logged-in')
      .orderBy('occurredAt', 'desc')
      .executeTakeFirstOrThrow();
    expect(row.ip).toBe('192.0.2.1');
  });
});
