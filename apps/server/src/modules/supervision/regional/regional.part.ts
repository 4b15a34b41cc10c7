import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SupervisionPart } from '../supervision-part.ts';
import type { Db } from '../supervision.database.ts';
import { regionalRoutesPlugin } from './regional.routes.ts';

const routes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  await app.register(regionalRoutesPlugin, { db });
};

/** 区域安全风险数据库, the enterprise level and supervision tier, the regulator dashboard. */
export const regionalPart: SupervisionPart = { routes };
