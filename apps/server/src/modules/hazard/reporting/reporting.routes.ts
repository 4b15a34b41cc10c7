import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hazardCreated, hazardRoutes, quickReportHazardBody, reportHazardBody } from '@shuangkong/contracts';
import { commandContext, type Db } from '../hazard.database.ts';
import { reportHazard } from './commands/report-hazard.ts';

const params = z.object({ enterpriseId: z.uuid() });

/** 登记 and 随手拍. */
export const reportingRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.post(
    hazardRoutes.report,
    { schema: { params, body: reportHazardBody, response: { 201: z.object({ data: hazardCreated }) } } },
    async (request, reply) => {
      const data = await reportHazard(commandContext(request, db), request.params.enterpriseId, {
        kind: 'full',
        body: request.body,
      });
      return reply.status(201).send({ data });
    },
  );

  app.post(
    hazardRoutes.quickReport,
    { schema: { params, body: quickReportHazardBody, response: { 201: z.object({ data: hazardCreated }) } } },
    async (request, reply) => {
      const data = await reportHazard(commandContext(request, db), request.params.enterpriseId, {
        kind: 'quick',
        body: request.body,
      });
      return reply.status(201).send({ data });
    },
  );
};
