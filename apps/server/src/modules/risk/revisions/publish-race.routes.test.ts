import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnterprise, buildJurisdictions, buildUser } from '../../../../test/factories.ts';
import { QueryGate } from '../../../../test/query-gate.ts';
import {
  buildControlMeasure,
  buildRiskEvent,
  buildRiskObject,
  buildRiskUnit,
} from '../../../../test/risk-factories.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../../../../test/test-app.ts';
import { revisionConflictFrom } from '../risk.errors.ts';

const gate = new QueryGate();
let t: TestApp;
let ent: { id: string };
let manager: Session;

beforeAll(async () => {
  t = await createTestApp({ plugins: [gate] });
  await buildJurisdictions(t.db);
  ent = await buildEnterprise(t.db);
  const login = async (roles: Parameters<typeof buildUser>[1]['roles']) => {
    const u = await buildUser(t.db, { roles, enterpriseId: ent.id });
    return { id: u.id, session: await loginAs(t.app, u.username) };
  };
  const drafter = await login(['teamLead']);
  const lead = await login(['unitLead']);
  manager = (await login(['safetyManager'])).session;

  const object = await buildRiskObject(t.db, ent.id);
  const unit = await buildRiskUnit(t.db, ent.id, object.id, { responsibleUserId: lead.id });
  const event = await buildRiskEvent(t.db, ent.id, unit.id, {
    inherentLevel: 'major',
    residualLevel: 'general',
  });
  await buildControlMeasure(t.db, ent.id, event.id, { responsibleUserId: lead.id });
  for (const [s, step] of [
    [drafter.session, 'submission'],
    [lead.session, 'review'],
    [manager, 'approval'],
  ] as const) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${ent.id}/risk-units/${unit.id}/${step}`,
      headers: s.headers,
      payload: {},
    });
    expect(res.statusCode, res.body).toBe(200);
  }
});

describe('publishing the first revision concurrently', () => {
  it('lets one publisher win and answers the other 409 RISK_REVISION_CONFLICT', async (ctx) => {
    // PGlite runs one transaction at a time, so the two publishers cannot overlap there.
    if (t.kind === 'pglite') ctx.skip();
    // Both transactions read "no revision yet" before either inserts revision 1.
    gate.arm('risk_register_revisions', 2);
    const publish = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/enterprises/${ent.id}/risk-register/revisions`,
        headers: manager.headers,
        payload: { note: '首版' },
      });
    const results = await Promise.all([publish(), publish()]);
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409]);
    const loser = results.find((r) => r.statusCode === 409);
    expect(loser?.json().error.code).toBe('RISK_REVISION_CONFLICT');
    const revisions = await t.db
      .selectFrom('riskRegisterRevisions')
      .select('revision')
      .where('enterpriseId', '=', ent.id)
      .execute();
    expect(revisions).toEqual([{ revision: 1 }]);
  });
});

describe('revisionConflictFrom', () => {
  it('maps a unique violation on the revisions to RISK_REVISION_CONFLICT and leaves other errors alone', () => {
    const pk = Object.assign(new Error('duplicate key'), {
      code: '23505',
      constraint: 'risk_register_revisions_pkey',
    });
    expect(revisionConflictFrom(pk)).toMatchObject({ code: 'RISK_REVISION_CONFLICT', status: 409 });
    const otherKey = Object.assign(new Error('duplicate key'), {
      code: '23505',
      constraint: 'users_username_key',
    });
    expect(revisionConflictFrom(otherKey)).toBe(otherKey);
    const otherError = Object.assign(new Error('deadlock'), { code: '40P01' });
    expect(revisionConflictFrom(otherError)).toBe(otherError);
    expect(revisionConflictFrom('boom')).toBe('boom');
  });
});
