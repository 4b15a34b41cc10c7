import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  applyChecklistTemplateBody,
  assignItemPostBody,
  checklistSyncResult,
  checklistTemplateResult,
  inspectionItem,
  inspectionItemList,
  updateInspectionItemBody,
} from '@shuangkong/contracts';
import { commandContext, type Db } from '../inspection.database.ts';
import { syncChecklistNow } from './commands/sync-checklist-now.ts';
import { applyChecklistTemplate } from './commands/apply-checklist-template.ts';
import { assignItemPost } from './commands/assign-item-post.ts';
import { getPostChecklist } from './queries/get-post-checklist.ts';
import { updateItemSchedule } from './commands/update-item-schedule.ts';
import { listChecklistItems } from './queries/list-items.ts';
import { prepareChecklistExport } from './queries/export-checklist.ts';

const enterpriseParams = z.object({ enterpriseId: z.uuid() });

/** 隐患排查清单: the items, their schedules and the sync with the register. */
export const checklistRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/enterprises/:enterpriseId/inspection/items/export.xlsx',
    { schema: { summary: '隐患排查清单 as .xlsx: every check item in force', params: enterpriseParams } },
    async (request, reply) => {
      const ctx = commandContext(request, db);
      const file = await prepareChecklistExport(ctx.db, ctx.actor, request.params.enterpriseId);
      const out = new PassThrough();
      file
        .write(out)
        .catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .send(out);
    },
  );

  app.get(
    '/enterprises/:enterpriseId/inspection/items',
    {
      schema: {
        params: enterpriseParams,
        querystring: z.object({ includeRetired: z.enum(['true', 'false']).optional() }),
        response: { 200: inspectionItemList },
      },
    },
    async (request) =>
      listChecklistItems(
        commandContext(request, db),
        request.params.enterpriseId,
        request.query.includeRetired === 'true',
      ),
  );

  app.post(
    '/enterprises/:enterpriseId/inspection/items/sync',
    { schema: { params: enterpriseParams, response: { 200: z.object({ data: checklistSyncResult }) } } },
    async (request) => ({
      data: await syncChecklistNow(commandContext(request, db), request.params.enterpriseId),
    }),
  );

  app.post(
    '/enterprises/:enterpriseId/inspection/items/template',
    {
      schema: {
        params: enterpriseParams,
        body: applyChecklistTemplateBody,
        response: { 200: z.object({ data: checklistTemplateResult }) },
      },
    },
    async (request) => ({
      data: await applyChecklistTemplate(
        commandContext(request, db),
        request.params.enterpriseId,
        request.body,
      ),
    }),
  );

  app.put(
    '/enterprises/:enterpriseId/inspection/items/:itemId/post',
    {
      schema: {
        params: z.object({ enterpriseId: z.uuid(), itemId: z.uuid() }),
        body: assignItemPostBody,
        response: { 200: z.object({ data: inspectionItem }) },
      },
    },
    async (request) => ({
      data: await assignItemPost(
        commandContext(request, db),
        request.params.enterpriseId,
        request.params.itemId,
        request.body,
      ),
    }),
  );

  app.get(
    '/enterprises/:enterpriseId/inspection/posts/:postId/checklist',
    {
      schema: {
        params: z.object({ enterpriseId: z.uuid(), postId: z.uuid() }),
        response: {
          200: z.object({
            data: z.object({
              post: z.object({ id: z.string(), name: z.string() }),
              items: z.array(inspectionItem),
            }),
          }),
        },
      },
    },
    async (request) =>
      getPostChecklist(
        db,
        commandContext(request, db).actor,
        request.params.enterpriseId,
        request.params.postId,
      ),
  );

  app.patch(
    '/enterprises/:enterpriseId/inspection/items/:itemId',
    {
      schema: {
        params: z.object({ enterpriseId: z.uuid(), itemId: z.uuid() }),
        body: updateInspectionItemBody,
        response: { 200: z.object({ data: inspectionItem }) },
      },
    },
    async (request) => ({
      data: await updateItemSchedule(
        commandContext(request, db),
        request.params.enterpriseId,
        request.params.itemId,
        request.body,
      ),
    }),
  );
};
