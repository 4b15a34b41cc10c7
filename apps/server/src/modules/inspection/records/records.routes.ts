import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  inspectionRecord,
  inspectionRecordList,
  inspectionRecordListQuery,
  reviewInspectionRecordBody,
} from '@shuangkong/contracts';
import { commandContext, type Db } from '../inspection.database.ts';
import { listRecords } from './list-records.ts';
import { reviewRecord } from './review-record.ts';

const enterpriseParams = z.object({ enterpriseId: z.uuid() });

/** 排查记录: the records browser and the review of records kept from a second device. */
export const recordRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/enterprises/:enterpriseId/inspection/records',
    {
      schema: {
        params: enterpriseParams,
        querystring: inspectionRecordListQuery,
        response: { 200: inspectionRecordList },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      return listRecords(ctx.db, ctx.actor, request.params.enterpriseId, request.query);
    },
  );

  app.post(
    '/enterprises/:enterpriseId/inspection/records/:recordId/review',
    {
      schema: {
        params: enterpriseParams.extend({ recordId: z.uuid() }),
        body: reviewInspectionRecordBody,
        response: { 200: z.object({ data: inspectionRecord }) },
      },
    },
    async (request) => ({
      data: await reviewRecord(
        commandContext(request, db),
        request.params.enterpriseId,
        request.params.recordId,
        request.body,
      ),
    }),
  );
};
