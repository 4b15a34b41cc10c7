import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SupervisionPart } from '../supervision-part.ts';
import type { Db } from '../supervision.database.ts';
import { boundaryRoutes } from './boundaries/boundaries.routes.ts';
import { mapDataRoutes } from './map-data/map-data.routes.ts';
import { publicRiskRoutes } from './public-risks/public-risks.routes.ts';

const routes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  await app.register(boundaryRoutes, { db });
  await app.register(mapDataRoutes, { db });
  await app.register(publicRiskRoutes, { db });
};

/** 区域四色图: jurisdiction boundaries (GeoJSON), enterprise points by level, and public-area risks. */
export const mapPart: SupervisionPart = { routes };
