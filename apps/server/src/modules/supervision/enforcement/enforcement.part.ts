import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SupervisionPart } from '../supervision-part.ts';
import type { Db } from '../supervision.database.ts';

const routes: FastifyPluginAsyncZod<{ db: Db }> = async () => {
  // The part's routes are registered here.
};

/** 执法: enforcement plans, 双随机 draws, inspection records and orders, blacklist. */
export const enforcementPart: SupervisionPart = { routes };
