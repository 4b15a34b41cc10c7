import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SupervisionPart } from '../supervision-part.ts';
import type { Db } from '../supervision.database.ts';

const routes: FastifyPluginAsyncZod<{ db: Db }> = async () => {
  // The part's routes are registered here.
};

/** 区域安全风险数据库, the enterprise level and supervision tier, the regulator dashboard. */
export const regionalPart: SupervisionPart = { routes };
