import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  inspectionRecord,
  inspectionTask,
  inspectionTaskQuery,
  submitInspectionRecordBody,
} from '@shuangkong/contracts';
import { commandContext, type Db } from '../inspection.database.ts';
import { submitRecord } from './commands/submit-record.ts';
import { listInspectionTasks } from './queries/list-tasks.ts';

/** 排查任务 and their records. */
export const taskRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/enterprises/:enterpriseId/inspection/tasks',
    {
      schema: {
        params: z.object({ enterpriseId: z.uuid() }),
        querystring: inspectionTaskQuery,
        response: { 200: z.object({ data: z.array(inspectionTask) }) },
      },
    },
    async (request) => {
      const { date, unitId, mine } = request.query;
      return {
        data: await listInspectionTasks(commandContext(request, db), request.params.enterpriseId, {
          ...(date !== undefined ? { date } : {}),
          ...(unitId !== undefined ? { unitId } : {}),
          mine: mine === 'true',
        }),
      };
    },
  );

  app.post(
    '/enterprises/:enterpriseId/inspection/tasks/:taskId/records',
    {
      schema: {
        params: z.object({ enterpriseId: z.uuid(), taskId: z.uuid() }),
        body: submitInspectionRecordBody,
        response: { 201: z.object({ data: inspectionRecord }) },
      },
    },
    async (request, reply) => {
      const data = await submitRecord(
        commandContext(request, db),
        request.params.enterpriseId,
        request.params.taskId,
        request.body,
      );
      return reply.status(201).send({ data });
    },
  );
};
