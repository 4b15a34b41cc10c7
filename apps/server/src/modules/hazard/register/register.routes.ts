import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  hazardDetail as hazardDetailSchema,
  hazardExportQuery,
  regionalMajorHazard,
  regionalMajorHazardQuery,
  hazardList,
  hazardListQuery,
  hazardRoutes,
  majorHazardCriteria,
} from '@shuangkong/contracts';
import { forbidden } from '../../../kernel/index.ts';
import { commandContext, type Db } from '../hazard.database.ts';
import { mayRead } from '../hazard.policy.ts';
import { HazardScope } from '../hazard-scope.ts';
import { hazardDetail } from './hazard-detail.ts';
import { exportTitle, writeHazardWorkbook, XLSX_MIME } from './export-hazards.ts';
import { listHazards } from './hazard-list.ts';
import { regionalMajorHazards } from './regional-major-hazards.ts';

const enterpriseParams = z.object({ enterpriseId: z.uuid() });

/** 隐患台账 and one hazard's page; the major-hazard criteria to grade by. */
export const registerRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    hazardRoutes.list,
    { schema: { params: enterpriseParams, querystring: hazardListQuery, response: { 200: hazardList } } },
    async (request) => {
      const ctx = commandContext(request, db);
      const scope = await HazardScope.load(ctx.db, ctx.actor, request.params.enterpriseId);
      if (!mayRead(ctx.actor)) throw forbidden('hazard.read');
      return listHazards(ctx.db, ctx.actor, scope, request.query);
    },
  );

  app.get(
    hazardRoutes.export,
    {
      schema: {
        summary: 'One of the five lists (隐患、整改、销号) as .xlsx, with the list page’s filters',
        params: enterpriseParams,
        querystring: hazardExportQuery,
      },
    },
    async (request, reply) => {
      const ctx = commandContext(request, db);
      const scope = await HazardScope.load(ctx.db, ctx.actor, request.params.enterpriseId);
      if (!mayRead(ctx.actor)) throw forbidden('hazard.read');
      const enterprise = await ctx.db
        .selectFrom('enterprises')
        .select('name')
        .where('id', '=', scope.id)
        .executeTakeFirstOrThrow();
      const { title, filename } = exportTitle(enterprise.name, request.query.list, new Date());
      const out = new PassThrough();
      writeHazardWorkbook(out, ctx.db, ctx.actor, scope, request.query, title).catch((error: unknown) =>
        out.destroy(error instanceof Error ? error : new Error(String(error))),
      );
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
        .send(out);
    },
  );

  app.get(
    hazardRoutes.regionalMajor,
    {
      schema: {
        summary: 'The major hazards of every enterprise in the caller’s remit',
        querystring: regionalMajorHazardQuery,
        response: { 200: z.object({ data: z.array(regionalMajorHazard) }) },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      if (!mayRead(ctx.actor)) throw forbidden('hazard.read');
      return { data: await regionalMajorHazards(ctx.db, ctx.actor, request.query) };
    },
  );

  app.get(
    hazardRoutes.criteria,
    {
      schema: {
        params: enterpriseParams,
        response: {
          200: z.object({
            data: z.array(
              z.object({ key: z.string(), standard: z.string(), item: z.string(), text: z.string() }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      await HazardScope.load(ctx.db, ctx.actor, request.params.enterpriseId);
      return { data: [...majorHazardCriteria] };
    },
  );

  app.get(
    hazardRoutes.detail,
    {
      schema: {
        params: enterpriseParams.extend({ id: z.uuid() }),
        response: { 200: z.object({ data: hazardDetailSchema }) },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      const scope = await HazardScope.load(ctx.db, ctx.actor, request.params.enterpriseId);
      if (!mayRead(ctx.actor)) throw forbidden('hazard.read');
      return { data: await hazardDetail(ctx.db, ctx.actor, scope, request.params.id) };
    },
  );
};
