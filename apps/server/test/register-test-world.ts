import type { InjectOptions } from 'fastify';
import { buildEnterprise, buildJurisdictions, buildRegulator, buildUser, PLACES } from './factories.ts';
import { createTestApp, loginAs, type Session, type TestApp, type TestAppOptions } from './test-app.ts';

/**
 * The cast of the risk register route tests: two enterprises in one county, their staff, and
 * regulators inside and outside the remit. Test-only; each test file builds its own world.
 */
export async function buildRegisterWorld(options: TestAppOptions = {}) {
  const t: TestApp = await createTestApp(options);
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
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: s?.headers ?? {},
      ...(payload ? { payload } : {}),
    });
}
