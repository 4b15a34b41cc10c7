import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SupervisionPart } from '../supervision-part.ts';
import type { Db } from '../supervision.database.ts';

const routes: FastifyPluginAsyncZod<{ db: Db }> = async () => {
  // The part's routes are registered here.
};

/** 挂牌督办 of major hazards: listing, evaluation, verification, delisting, escalation. */
export const listingPart: SupervisionPart = { routes };
