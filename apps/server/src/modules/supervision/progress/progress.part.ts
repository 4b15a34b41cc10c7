import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SupervisionPart } from '../supervision-part.ts';
import type { Db } from '../supervision.database.ts';

const routes: FastifyPluginAsyncZod<{ db: Db }> = async () => {
  // The part's routes are registered here.
};

/** 双控机制建设进展: how far each enterprise has set the mechanism up, the dashboard and the monthly tables. */
export const progressPart: SupervisionPart = { routes };
