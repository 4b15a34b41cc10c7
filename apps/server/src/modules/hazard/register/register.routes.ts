import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  hazardDetail as hazardDetailSchema,
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
import { listHazards } from './hazard-list.ts';

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
