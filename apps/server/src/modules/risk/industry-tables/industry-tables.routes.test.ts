import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../../test/factories.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';
import { loginAs, type Session } from '../../../../test/test-app.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let admin: Session;
const chemicalTables = {
  defaultMethod: 'ls',
  lecTable: 'lec-variant-b@1',
  lsTable: 'ls-frequency@1',
  mesTable: 'mes-m3@1',
};
const settings = () => req(w.manager, 'GET', `/enterprises/${w.ent.id}/risk-settings`);

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  admin = await loginAs(w.t.app, (await buildUser(w.t.db, { roles: ['platformAdmin'] })).username);
});

describe('assessment tables per industry', () => {
  it('uses the system tables until the industry has a default', async () => {
    expect((await settings()).json().data).toMatchObject({
      source: 'system',
      lecTable: 'lec-default@1',
      industry: null,
    });
  });

  it('lets an enterprise inherit its industry’s default, set by the platform administrator', async () => {
    const put = await req(admin, 'PUT', '/risk-industry-table-defaults/hazardous_chemicals', chemicalTables);
    expect(put.statusCode).toBe(200);
    expect(put.json().data).toContainEqual(
      expect.objectContaining({ industryCode: 'hazardous_chemicals', ...chemicalTables }),
    );
    expect((await settings()).json().data).toMatchObject({
      ...chemicalTables,
      source: 'industry',
      industry: { code: 'hazardous_chemicals' },
    });
    const audit = await w.t.db
      .selectFrom('auditEvents')
      .select(['chain', 'after'])
      .where('action', '=', 'risk.industry-tables-updated')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ chain: 'platform', after: chemicalTables });
  });

  it('lets the enterprise choose its own tables, and go back to the industry’s', async () => {
    const own = {
      defaultMethod: 'lec',
      lecTable: 'lec-default@1',
      lsTable: 'ls-default@1',
      mesTable: 'mes-default@1',
    };
    const put = await req(w.manager, 'PUT', `/enterprises/${w.ent.id}/risk-settings`, own);
    expect(put.statusCode).toBe(200);
    expect(put.json().data).toMatchObject({ ...own, source: 'enterprise', industry: null });
    const back = await req(w.manager, 'DELETE', `/enterprises/${w.ent.id}/risk-settings/tables`);
    expect(back.statusCode).toBe(200);
    expect(back.json().data).toMatchObject({ ...chemicalTables, source: 'industry' });
  });

  it('keeps industry defaults to the platform administrator, with known tables and industries', async () => {
    expect(
      (await req(w.manager, 'PUT', '/risk-industry-table-defaults/hazardous_chemicals', chemicalTables))
        .statusCode,
    ).toBe(403);
    expect(
      (await req(admin, 'PUT', '/risk-industry-table-defaults/no_such_industry', chemicalTables)).statusCode,
    ).toBe(404);
    const bad = await req(admin, 'PUT', '/risk-industry-table-defaults/hazardous_chemicals', {
      ...chemicalTables,
      lsTable: 'ls-x@9',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('body.lsTable');
    expect((await req(w.manager, 'GET', '/risk-industry-table-defaults')).statusCode).toBe(200);
    expect((await req(admin, 'DELETE', '/risk-industry-table-defaults/hazardous_chemicals')).statusCode).toBe(
      204,
    );
    expect((await settings()).json().data.source).toBe('system');
  });
});
