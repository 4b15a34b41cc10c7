import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../../test/test-app.ts';
import { demoCounty, demoPersonas } from './demo-county/index.ts';
import { seedDemoIfEmpty } from './seed-demo.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemoIfEmpty(t.db)).toBe(true);
});

describe('demo county seed', () => {
  it('loads every enterprise, regulator and user once, and only on an empty database', async () => {
    const count = async (table: 'enterprises' | 'regulators' | 'users' | 'orgUnits') =>
      Number(
        (
          await t.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('enterprises')).toBe(demoCounty.enterprises.length);
    expect(await count('regulators')).toBe(demoCounty.regulators.length);
    expect(await count('users')).toBe(demoCounty.users.length);
    expect(await count('orgUnits')).toBeGreaterThan(300);
    expect(await seedDemoIfEmpty(t.db)).toBe(false);
  });

  it('lets every persona log in and land in the right workspace', async () => {
    const expected: Record<string, string> = {
      anquan: 'enterprise',
      gongren: 'enterprise',
      fuzeren: 'enterprise',
      yingji: 'regulator',
      zhujian: 'regulator',
      xiangzhen: 'regulator',
      admin: 'admin',
    };
    for (const persona of demoPersonas) {
      const session = await loginAs(t.app, persona.username, persona.password);
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/auth/session',
        headers: session.headers,
      });
      expect(res.json().data.workspace, persona.username).toBe(expected[persona.username]);
    }
  });

  it('gives the county emergency bureau every enterprise and the housing bureau only its industries', async () => {
    const bureau = await loginAs(t.app, 'yingji', 'Demo@2026');
    const all = await t.app.inject({
      method: 'GET',
      url: '/api/v1/enterprises?pageSize=200',
      headers: bureau.headers,
    });
    expect(all.json().page.total).toBe(demoCounty.enterprises.length);
    const housing = await loginAs(t.app, 'zhujian', 'Demo@2026');
    const some = await t.app.inject({
      method: 'GET',
      url: '/api/v1/enterprises?pageSize=200',
      headers: housing.headers,
    });
    const total = some.json().page.total as number;
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(demoCounty.enterprises.length);
  });
});
