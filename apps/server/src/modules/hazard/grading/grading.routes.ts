import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { confirmHazardBody, hazardCreated, hazardRoutes } from '@shuangkong/contracts';
import { commandContext, type Db } from '../hazard.database.ts';
import { confirmHazard } from './commands/confirm-hazard.ts';

/** 评估/定级. */
export const gradingRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.post(
    hazardRoutes.confirm,
    {
      schema: {
        params: z.object({ enterpriseId: z.uuid(), id: z.uuid() }),
        body: confirmHazardBody,
        response: { 200: z.object({ data: hazardCreated }) },
      },
    },
    async (request) => ({
      data: await confirmHazard(
        commandContext(request, db),
        request.params.enterpriseId,
        request.params.id,
        request.body,
      ),
    }),
  );
};
