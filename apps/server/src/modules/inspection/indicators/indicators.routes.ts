import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  inspectionIndicators,
  inspectionIndicatorsQuery,
  inspectionOutcomes,
  inspectionOutcomesQuery,
} from '@shuangkong/contracts';
import { commandContext, type Db } from '../inspection.database.ts';
import { getInspectionIndicators } from './queries/get-indicators.ts';
import { listInspectionOutcomes } from './queries/list-outcomes.ts';

const params = z.object({ enterpriseId: z.uuid() });

/** 排查运行效果: indicators over a period and the tasks behind each figure. */
export const indicatorRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/enterprises/:enterpriseId/inspection/indicators',
    {
      schema: {
        params,
        querystring: inspectionIndicatorsQuery,
        response: { 200: z.object({ data: inspectionIndicators }) },
      },
    },
    async (request) => ({
      data: await getInspectionIndicators(
        commandContext(request, db),
        request.params.enterpriseId,
        request.query,
      ),
    }),
  );

  app.get(
    '/enterprises/:enterpriseId/inspection/outcomes',
    { schema: { params, querystring: inspectionOutcomesQuery, response: { 200: inspectionOutcomes } } },
    async (request) =>
      listInspectionOutcomes(commandContext(request, db), request.params.enterpriseId, request.query),
  );
};
