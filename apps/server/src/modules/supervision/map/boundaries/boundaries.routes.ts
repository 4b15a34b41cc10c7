import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BOUNDARY_LIMITS,
  boundarySet,
  boundaryUpload,
  boundaryUploadResult,
  supervisionMapRoutes,
} from '@shuangkong/contracts';
import { forbidden } from '../../../../kernel/index.ts';
import { can } from '../../../identity/index.ts';
import { commandContext, type Db } from '../../supervision.database.ts';
import { getBoundarySet, replaceBoundaries } from './boundaries.ts';

const rootQuery = z.object({ root: z.string().trim().min(1).max(20).optional() });

/** The jurisdictions' boundaries: read them, replace them with an uploaded GeoJSON FeatureCollection. */
export const boundaryRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    supervisionMapRoutes.boundaries,
    { schema: { querystring: rootQuery, response: { 200: z.object({ data: boundarySet }) } } },
    async (request) => {
      const ctx = commandContext(request, db);
      if (!can(ctx.actor, 'supervision.read')) throw forbidden('supervision.read');
      return { data: await getBoundarySet(ctx.db, ctx.actor, request.query.root) };
    },
  );

  app.put(
    supervisionMapRoutes.boundaries,
    {
      bodyLimit: BOUNDARY_LIMITS.bytes,
      schema: {
        summary: 'Replace the boundaries of the caller’s jurisdiction subtree (GeoJSON FeatureCollection)',
        querystring: rootQuery,
        body: boundaryUpload,
        response: { 200: z.object({ data: boundaryUploadResult }) },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      return { data: await replaceBoundaries(ctx, request.query.root, request.body) };
    },
  );
};
