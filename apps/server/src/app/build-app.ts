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
import { authenticate, identityRoutes } from '../modules/identity/index.ts';
import { riskRoutes } from '../modules/risk/index.ts';
import type { Config } from './config.ts';
import type { Db } from './db-schema.ts';
import { registerErrorHandler } from './error-handler.ts';
import { platformRoutes } from './platform.routes.ts';

export type AppDeps = { config: Config; db: Db; databaseKind: 'pglite' | 'postgres' };

/** Assembles the HTTP application: plugins, modules under /api/v1, docs, and the web app. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, db } = deps;
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    genReqId: () => crypto.randomUUID(),
    trustProxy: true,
    bodyLimit: 5 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const webDist = config.webDist ?? join(import.meta.dirname, '../../../web/dist');
  const hasWeb = existsSync(join(webDist, 'index.html'));
  registerErrorHandler(app, { spaFallback: hasWeb });

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
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/api/health', { schema: { hide: true } }, async () => {
    await sql`select 1`.execute(db);
    return { status: 'ok', database: deps.databaseKind };
  });

  await app.register(
    async (api) => {
      await api.register(authenticate, { db, sessionTtlHours: config.sessionTtlHours });
      await api.register(identityRoutes, {
        db,
        sessionTtlHours: config.sessionTtlHours,
        secureCookies: config.publicUrl.startsWith('https://'),
      });
      await api.register(platformRoutes, { db, config });
      await api.register(riskRoutes, { db, config });
    },
    { prefix: '/api/v1' },
  );

  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  return app;
}
