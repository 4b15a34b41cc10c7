import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SupervisionPart } from '../supervision-part.ts';
import type { Db } from '../supervision.database.ts';

const routes: FastifyPluginAsyncZod<{ db: Db }> = async () => {
  // The part's routes are registered here.
};

/** 区域四色图 (GeoJSON boundaries, enterprise points), public-area risks, build progress (建设进展). */
export const mapPart: SupervisionPart = { routes };
