import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../app/db-schema.ts';
import { apiTokenRoutes } from './api-token/api-token.routes.ts';
import { auditEventRoutes } from './audit-event/audit-event.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { enterpriseRoutes } from './enterprise/enterprise.routes.ts';
import { industryRoutes } from './industry/industry.routes.ts';
import { jurisdictionRoutes } from './jurisdiction/jurisdiction.routes.ts';
import { orgUnitRoutes } from './org-unit/org-unit.routes.ts';
import { regulatorRoutes } from './regulator/regulator.routes.ts';
import { userRoutes } from './user/user.routes.ts';

export type { Actor, Scope, RemitScope } from './actor.ts';
export { can } from './actor.ts';
export { authenticate, requireActor, SESSION_COOKIE } from './auth/authenticate.ts';
export { hashPassword } from './auth/password.ts';
export { enterpriseVisibleTo, findEnterpriseForActor } from './enterprise/enterprise.repository.ts';
export type { IdentityTables } from './identity.tables.ts';

type Options = { db: Db; sessionTtlHours: number; secureCookies: boolean };

/** The identity module's HTTP face. */
export const identityRoutes: FastifyPluginAsync<Options> = async (app, opts) => {
  const { db } = opts;
  await app.register(authRoutes, opts);
  await app.register(enterpriseRoutes, { db });
  await app.register(jurisdictionRoutes, { db });
  await app.register(industryRoutes, { db });
  await app.register(regulatorRoutes, { db });
  await app.register(orgUnitRoutes, { db });
  await app.register(userRoutes, { db });
  await app.register(apiTokenRoutes, { db });
  await app.register(auditEventRoutes, { db });
};
