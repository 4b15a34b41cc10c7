import { riskReadiness } from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../identity/index.ts';
import type { Db } from '../risk.database.ts';
import { getRiskReadiness } from './queries/get-risk-readiness.ts';

/** The register's readiness for reporting to the provincial platform. */
export const readinessRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/enterprises/:enterpriseId/risk-readiness',
    {
      schema: {
        tags: ['risk'],
        summary: 'Readiness of the risk register for national reporting: counts and problems per record',
        params: z.object({ enterpriseId: z.uuid() }),
        response: { 200: z.object({ data: riskReadiness }) },
      },
    },
    async (request) => ({
      data: await getRiskReadiness(db, requireActor(request), request.params.enterpriseId),
    }),
  );
};
