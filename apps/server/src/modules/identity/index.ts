import { tablesOf } from '../../kernel/index.ts';
import { defineModule } from '../../platform/modules/index.ts';
import type { DB } from './identity.database.ts';
import type { IdentityTables } from './identity.tables.ts';
import { authenticate } from './auth/authenticate.ts';
import { sessionCleanupJob } from './auth/session-cleanup.job.ts';
import { pendingRegistrationsTodo } from './enterprise/queries/pending-registrations-todo.ts';
import { apiTokenRoutes } from './api-token/api-token.routes.ts';
import { auditEventRoutes } from './audit-event/audit-event.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { enterpriseRoutes } from './enterprise/enterprise.routes.ts';
import { industryRoutes } from './industry/industry.routes.ts';
import { jurisdictionRoutes } from './jurisdiction/jurisdiction.routes.ts';
import { orgUnitRoutes } from './org-unit/org-unit.routes.ts';
import { regulatorRoutes } from './regulator/regulator.routes.ts';
import { userRoutes } from './user/user.routes.ts';

export type { Actor, Scope, RemitScope } from '../../kernel/index.ts';
export { can, requireActor } from '../../kernel/index.ts';
export { SESSION_COOKIE } from './auth/authenticate.ts';
export { hashPassword } from './auth/password.ts';
export { confirmOwnPassword } from './auth/confirm-password.ts';
export { enterpriseVisibleTo, findEnterpriseForActor } from './enterprise/enterprise.repository.ts';
export { setEnterpriseMajorHazardFlag } from './enterprise/commands/set-major-hazard-flag.ts';
export type { IdentityTables } from './identity.tables.ts';
export type { IdentityReadTables } from './identity.read-tables.ts';

/** Identity: enterprises, regulators, places and industries, people, sign-in. */
export const identityModule = defineModule<IdentityTables>({
  name: 'identity',
  requestHooks: async (app, env) => {
    await app.register(authenticate, { db: tablesOf<DB>(env.db), sessionTtlHours: env.sessionTtlHours });
  },
  routes: async (app, env) => {
    const db = tablesOf<DB>(env.db);
    await app.register(authRoutes, {
      db,
      sessionTtlHours: env.sessionTtlHours,
      secureCookies: env.secureCookies,
    });
    await app.register(enterpriseRoutes, { db });
    await app.register(jurisdictionRoutes, { db });
    await app.register(industryRoutes, { db });
    await app.register(regulatorRoutes, { db });
    await app.register(orgUnitRoutes, { db });
    await app.register(userRoutes, { db });
    await app.register(apiTokenRoutes, { db });
    await app.register(auditEventRoutes, { db });
  },
  jobs: () => [sessionCleanupJob],
  todoSources: [pendingRegistrationsTodo],
});
