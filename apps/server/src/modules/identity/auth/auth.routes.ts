import { changePasswordRequest, loginRequest, sessionInfo } from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditContextOf, commandContext } from '../identity.database.ts';
import type { Db } from '../identity.database.ts';
import { requireActor } from '../../../kernel/index.ts';
import { SESSION_COOKIE } from './authenticate.ts';
import { changePassword } from './commands/change-password.ts';
import { login } from './commands/login.ts';
import { loadActor } from './load-actor.ts';
import { getSessionInfo } from './queries/get-session-info.ts';
import { tokenHash } from './tokens.ts';

type Options = { db: Db; sessionTtlHours: number; secureCookies: boolean };

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod<Options> = async (app, opts) => {
  const { db } = opts;

  app.post(
    '/auth/login',
    {
      schema: {
        tags,
        summary: 'Log in with username or phone and password',
        body: loginRequest,
        response: { 200: z.object({ data: sessionInfo }) },
      },
    },
    async (request, reply) => {
      const result = await login(db, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        sessionTtlHours: opts.sessionTtlHours,
        audit: auditContextOf(request, null),
      });
      reply.setCookie(SESSION_COOKIE, result.sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: opts.secureCookies,
        expires: result.expiresAt,
      });
      const actor = await loadActor(db, result.user, 'session');
      return { data: await getSessionInfo(db, actor, result.csrfToken) };
    },
  );

  app.get(
    '/auth/session',
    {
      schema: { tags, summary: 'The current session', response: { 200: z.object({ data: sessionInfo }) } },
    },
    async (request) => {
      const actor = requireActor(request);
      return { data: await getSessionInfo(db, actor, request.sessionCsrf ?? '') };
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags, summary: 'End the current session' } },
    async (request, reply) => {
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) await db.deleteFrom('sessions').where('tokenHash', '=', tokenHash(cookie)).execute();
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.post(
    '/auth/password',
    { schema: { tags, summary: 'Change my password', body: changePasswordRequest } },
    async (request, reply) => {
      const cookie = request.cookies[SESSION_COOKIE];
      await changePassword(commandContext(request, db), request.body, cookie ? tokenHash(cookie) : null);
      return reply.status(204).send();
    },
  );
};
