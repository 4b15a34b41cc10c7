import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SupervisionPart } from '../supervision-part.ts';
import type { Db } from '../supervision.database.ts';

const routes: FastifyPluginAsyncZod<{ db: Db }> = async () => {
  // The part's routes are registered here.
};

/** 交办 (letters), 通报 (weekly dispatch, monthly notice) and 销号 (close-out). */
export const assignmentPart: SupervisionPart = { routes };
