import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../app/db-schema.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { enterpriseRoutes } from './enterprise/enterprise.routes.ts';

export type { Actor, Scope, RemitScope } from './actor.ts';
export { can } from './actor.ts';
export { authenticate, requireActor, SESSION_COOKIE } from './auth/authenticate.ts';
export { hashPassword } from './auth/password.ts';
export { enterpriseVisibleTo, findEnterpriseForActor } from './enterprise/enterprise.repository.ts';
export type { IdentityTables } from './identity.tables.ts';

type Options = { db: Db; sessionTtlHours: number; secureCookies: boolean };

/** The identity module's HTTP face. */
export const identityRoutes: FastifyPluginAsync<Options> = async (app, opts) => {
  await app.register(authRoutes, opts);
  await app.register(enterpriseRoutes, { db: opts.db });
};
