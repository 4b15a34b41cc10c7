import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { buildEnterprise, buildJurisdictions, buildRegulator, buildUser, PLACES } from '../../../../test/factories.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../../../../test/test-app.ts';
import type { Level } from '../risk.tables.ts';

/**
 * The cast of the risk register route tests: two enterprises in one county, their staff, and
 * regulators inside and outside the remit. Test-only; each test file builds its own world.
 */
export async function buildRegisterWorld() {
  const t: TestApp = await createTestApp();
  await buildJurisdictions(t.db);
  const ent = await buildEnterprise(t.db, { name: '宏达化工' });
  const other = await buildEnterprise(t.db, { name: '远方化工' });
  const inside = await buildRegulator(t.db, { kind: 'emergencyBureau' });
  const outside = await buildRegulator(t.db, { jurisdictionCode: PLACES.otherCounty });
  const managerUser = await buildUser(t.db, { roles: ['safetyManager'], enterpriseId: ent.id });
  const workerUser = await buildUser(t.db, { roles: ['worker'], enterpriseId: ent.id });
  const otherManagerUser = await buildUser(t.db, { roles: ['safetyManager'], enterpriseId: other.id });
  const login = async (u: { username: string }) => loginAs(t.app, u.username);
  const world = {
    t,
    ent,
    other,
    managerUser,
    workerUser,
    otherManagerUser,
    manager: await login(managerUser),
    worker: await login(workerUser),
    otherManager: await login(otherManagerUser),
    regulatorIn: await login(await buildUser(t.db, { roles: ['inspector'], regulatorId: inside.id })),
    regulatorOut: await login(await buildUser(t.db, { roles: ['inspector'], regulatorId: outside.id })),
  };
  return world;
}
export type RegisterWorld = Awaited<ReturnType<typeof buildRegisterWorld>>;

/** app.inject as a session, against /api/v1. */
export function requester(t: TestApp) {
  return (s: Session | null, method: InjectOptions['method'], url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: s?.headers ?? {}, ...(payload ? { payload } : {}) });
}

/** An org unit of an enterprise (identity's table; inserted directly for the test). */
export async function buildOrgUnit(t: TestApp, enterpriseId: string, kind: 'department' | 'workshop' | 'team' | 'post', name = `${kind}-${randomUUID().slice(0, 6)}`) {
  const id = randomUUID();
  await t.db.insertInto('orgUnits').values({ enterpriseId, id, parentId: null, name, kind }).execute();
  return { id };
}

/**
 * A risk event inserted directly. test/risk-factories.ts buildRiskEvent names `accidentTypes1986`,
 * which CamelCasePlugin maps to a column that does not exist, so the register tests use this one.
 */
export async function buildEvent(
  t: TestApp,
  enterpriseId: string,
  unitId: string,
  o: { name?: string; inherentLevel?: Level | null; residualLevel?: Level | null } = {},
) {
  const id = randomUUID();
  await sql`insert into risk_events (enterprise_id, id, unit_id, name, accident_types1986, inherent_level, residual_level)
    values (${enterpriseId}, ${id}, ${unitId}, ${o.name ?? `储罐泄漏${id.slice(0, 4)}`}, ${['015']}::text[],
      ${o.inherentLevel ?? null}, ${o.residualLevel ?? null})`.execute(t.db);
  return { id };
}
