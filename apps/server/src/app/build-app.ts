import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { ModuleDescriptor } from '../platform/modules/index.ts';
import type { Config } from './config.ts';
import type { Db } from './db-schema.ts';
import { useAuditKey } from '../platform/audit/index.ts';
import { registerErrorHandler, sendClientError, sendFrameworkError } from './error-handler.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { serverRoot } from './server-root.ts';
import { moduleEnvironment } from './module-environment.ts';
import { modules as appModules } from './modules.ts';
import { platformRoutes } from './platform.routes.ts';
import { createAppTodos } from './todos.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Set when the process is stopping: every new request is answered 503 with Connection: close. */
    closing: boolean;
  }
}

export type AppDeps = {
  config: Config;
  db: Db;
  databaseKind: 'pglite' | 'postgres';
  /** The domain modules to mount; the app's own list unless a test adds one. */
  modules?: readonly ModuleDescriptor[];
};

function trustProxyOption(
  value: Config['trustProxy'],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  // A hop count trusts that many proxies in front of the server, counted from the socket.
  return typeof value === 'number' ? (_address, hop) => hop < value : value;
}

/** Assembles the HTTP application: plugins, modules under /api/v1, docs, and the web app. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, db } = deps;
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    genReqId: () => crypto.randomUUID(),
    // Only the proxies named in TRUST_PROXY may set the client address (X-Forwarded-For); by
    // default nobody can, so the login throttle and the audit log see the real peer.
    trustProxy: trustProxyOption(config.trustProxy),
    bodyLimit: 5 * 1024 * 1024,
    // Errors the router and the HTTP parser raise before any route runs get the app's shape too.
    frameworkErrors: sendFrameworkError,
    // Stopping is answered by the onRequest hook below in the app's shape, not Fastify's own body.
    return503OnClosing: false,
    // Closing does not cut connections that were just accepted: main.ts closes idle ones itself
    // after a grace period, so a request already on its way gets its 503 instead of a reset.
    forceCloseConnections: false,
    clientErrorHandler: sendClientError,
  }).withTypeProvider<ZodTypeProvider>();
  useAuditKey(config.auditKey);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const webDist = config.webDist ?? join(serverRoot(), '../web/dist');
  const hasWeb = existsSync(join(webDist, 'index.html'));
  registerErrorHandler(app, { spaFallback: hasWeb });

  await registerSecurityHeaders(app, { https: config.publicUrl.startsWith('https://') });
  app.decorate('closing', false);
  app.addHook('onRequest', async (request, reply) => {
    if (!app.closing) return;
    return reply
      .status(503)
      .header('connection', 'close')
      .header('retry-after', '5')
      .send({ error: { code: 'SHUTTING_DOWN', message: 'The server is restarting', requestId: request.id } });
  });
  await app.register(fastifyCookie, { secret: config.sessionSecret });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Shuangkong API', version: '1.0.0', description: '双控 — dual prevention platform' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'sk_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { validatorUrl: null } });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/api/health', { schema: { hide: true } }, async () => {
    await sql`select 1`.execute(db);
    return { status: 'ok', database: deps.databaseKind };
  });

  const modules = deps.modules ?? appModules;
  const env = moduleEnvironment(config, db);
  const todos = createAppTodos([], modules);
  await app.register(
    async (api) => {
      for (const module of modules) await module.requestHooks?.(api, env);
      await api.register(platformRoutes, { db, config, todos, storage: env.files });
      for (const module of modules) if (module.routes) await api.register(module.routes, env);
    },
    { prefix: '/api/v1' },
  );

  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  return app;
}
