import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sql } from 'kysely';
import type { Db } from '../identity.database.ts';
import type { Actor } from '../../../kernel/index.ts';
import { identityErrors } from '../identity.errors.ts';
import { loadActor } from './load-actor.ts';
import { safeEqual, tokenHash } from './tokens.ts';

export const SESSION_COOKIE = 'sk_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Sliding expiry is refreshed at most this often, so reads don't write on every request.
const TOUCH_AFTER_MS = 5 * 60 * 1000;

type Options = { db: Db; sessionTtlHours: number };

/** Resolves `request.actor` from the session cookie or a bearer API token, and checks CSRF. */
export const authenticate = fp(async (app: FastifyInstance, opts: Options) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionCsrf', null);
  app.addHook('onRequest', async (request) => {
    const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (bearer) {
      request.actor = await actorFromToken(opts.db, bearer);
      if (!request.actor) throw identityErrors.unauthenticated();
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const session = await opts.db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.userId')
      .select([
        's.tokenHash',
        's.csrfToken',
        's.expiresAt',
        's.lastSeenAt',
        'u.id',
        'u.username',
        'u.name',
        'u.status',
        'u.enterpriseId',
        'u.regulatorId',
        'u.orgUnitId',
        // The roles with the session: one query per request resolves who is asking.
        (eb) =>
          eb.fn
            .coalesce(
              eb
                .selectFrom('userRoles as r')
                .select((r) => r.fn.agg<string[]>('array_agg', ['r.role']).as('roles'))
                .whereRef('r.userId', '=', 'u.id'),
              sql<string[]>`'{}'::text[]`,
            )
            .as('roleNames'),
      ])
      .where('s.tokenHash', '=', tokenHash(cookie))
      .executeTakeFirst();
    if (!session || session.expiresAt < new Date() || session.status !== 'active') return;
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !safeEqual(header, session.csrfToken)) {
        throw identityErrors.csrf();
      }
    }
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await opts.db
        .updateTable('sessions')
        .set({
          lastSeenAt: new Date(),
          expiresAt: new Date(Date.now() + opts.sessionTtlHours * 3600_000),
        })
        .where('tokenHash', '=', session.tokenHash)
        .execute();
    }
    request.sessionCsrf = session.csrfToken;
    request.actor = await loadActor(opts.db, session, 'session');
  });
});

async function actorFromToken(db: Db, token: string): Promise<Actor | null> {
  const row = await db
    .selectFrom('apiTokens as t')
    .innerJoin('users as u', 'u.id', 't.userId')
    .select([
      't.id as tokenId',
      't.scopes',
      't.expiresAt',
      't.revokedAt',
      'u.id',
      'u.username',
      'u.name',
      'u.status',
      'u.enterpriseId',
      'u.regulatorId',
      'u.orgUnitId',
    ])
    .where('t.tokenHash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!row || row.revokedAt || row.status !== 'active') return null;
  if (row.expiresAt && row.expiresAt < new Date()) return null;
  await db.updateTable('apiTokens').set({ lastUsedAt: new Date() }).where('id', '=', row.tokenId).execute();
  return loadActor(db, row, 'token', row.scopes);
}
