import { beforeAll, describe, expect, it } from 'vitest';
import { buildRegulator, buildJurisdictions, buildUser } from '../../../../test/factories.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../../../../test/test-app.ts';

let t: TestApp;
let admin: Session;
let inspector: Session;

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  const bureau = await buildRegulator(t.db);
  admin = await loginAs(t.app, (await buildUser(t.db, { roles: ['platformAdmin'] })).username);
  inspector = await loginAs(
    t.app,
    (await buildUser(t.db, { roles: ['inspector'], regulatorId: bureau.id })).username,
  );
});

const patch = (s: Session, code: string, payload: object) =>
  t.app.inject({ method: 'PATCH', url: `/api/v1/industries/${code}`, headers: s.headers, payload });

describe('GET /industries', () => {
  it('answers the list in its shipped order without a login', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/industries' });
    expect(res.statusCode).toBe(200);
    const data = res.json().data as { code: string; parentCode: string | null }[];
    expect(data[0]).toEqual({
      code: 'hazardous_chemicals',
      parentCode: null,
      nameZh: '危险化学品',
      nameEn: 'Hazardous chemicals',
      gbt4754: ['C25', 'C26'],
      isHighRisk: true,
    });
    const metallurgy = data.findIndex((i) => i.code === 'industry_trade.metallurgy');
    expect(data[metallurgy]?.parentCode).toBe('industry_trade');
    expect(data.findIndex((i) => i.code === 'industry_trade')).toBeLessThan(metallurgy);
  });
});

describe('PATCH /industries/:code', () => {
  it('lets an administrator rename and re-flag, audited on the platform chain', async () => {
    const res = await patch(admin, 'tourism', { nameZh: '文化旅游', isHighRisk: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ code: 'tourism', nameZh: '文化旅游', isHighRisk: true });
    const event = await t.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('entityType', '=', 'industry')
      .where('entityId', '=', 'tourism')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ chain: 'platform', action: 'industry.updated' });
    expect(event.before).toEqual({ nameZh: '旅游', isHighRisk: false });
    expect(event.after).toEqual({ nameZh: '文化旅游', isHighRisk: true });
  });

  it('answers 400 naming the field, 404 for an unknown code, 403 for a regulator', async () => {
    const bad = await patch(admin, 'tourism', { isHighRisk: 'yes' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('body.isHighRisk');
    expect((await patch(admin, 'no_such_industry', { nameZh: '无' })).statusCode).toBe(404);
    const denied = await patch(inspector, 'tourism', { nameZh: '旅游业' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.permission).toBe('industry.manage');
  });
});
