import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SupervisionPart } from '../supervision-part.ts';
import type { Db } from '../supervision.database.ts';
import { blacklistRoutes } from './blacklist/blacklist.routes.ts';
import { enforcementRoutes } from './enforcement.routes.ts';

const routes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  await app.register(enforcementRoutes, { db });
  await app.register(blacklistRoutes, { db });
};

/** 执法: enforcement plans, 双随机 draws, inspection records and orders, blacklist. */
export const enforcementPart: SupervisionPart = { routes };
