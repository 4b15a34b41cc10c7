import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  cancelInspectionPlanBody,
  inspectionPlan,
  inspectionPlanBody,
  inspectionPlanRoutes,
} from '@shuangkong/contracts';
import { forbidden, notFound } from '../../../kernel/index.ts';
import { commandContext, type Db } from '../inspection.database.ts';
import { mayManage, mayRead } from '../inspection.policy.ts';
import { InspectionScope } from '../inspection-scope.ts';
import { shanghaiDate } from '../schedule/shanghai-time.ts';
import { cancelPlan } from './commands/cancel-plan.ts';
import { createPlan } from './commands/create-plan.ts';
import { presentPlan } from './plans.presenter.ts';
import { findPlan, listPlans, peopleNames, planProgress } from './plans.repository.ts';

const enterpriseParams = z.object({ enterpriseId: z.uuid() });
const params = z.object({ enterpriseId: z.uuid(), id: z.uuid() });

/** 排查计划: ad-hoc inspections (seasonal, before holidays, specialist…) and their tasks. */
export const planRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    inspectionPlanRoutes.list,
    {
      schema: {
        params: enterpriseParams,
        response: {
          200: z.object({ data: z.array(inspectionPlan), abilities: z.object({ create: z.boolean() }) }),
        },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      const scope = await InspectionScope.load(ctx.db, ctx.actor, request.params.enterpriseId);
      if (!mayRead(ctx.actor)) throw forbidden('inspection.read');
      const manage = mayManage(ctx.actor, scope);
      const plans = await listPlans(ctx.db, scope);
      const [names, progress] = await Promise.all([
        peopleNames(
          ctx.db,
          scope,
          plans.flatMap((p) => p.assigneeIds),
        ),
        planProgress(
          ctx.db,
          scope,
          plans.map((p) => p.id),
        ),
      ]);
      const today = shanghaiDate(new Date());
      return {
        data: plans.map((plan) =>
          presentPlan(plan, { today, names, progress: progress.get(plan.id), manage }),
        ),
        abilities: { create: manage },
      };
    },
  );

  app.post(
    inspectionPlanRoutes.create,
    {
      schema: {
        params: enterpriseParams,
        body: inspectionPlanBody,
        response: { 201: z.object({ data: inspectionPlan }) },
      },
    },
    async (request, reply) => {
      const data = await createPlan(commandContext(request, db), request.params.enterpriseId, request.body);
      return reply.status(201).send({ data });
    },
  );

  app.get(
    inspectionPlanRoutes.detail,
    { schema: { params, response: { 200: z.object({ data: inspectionPlan }) } } },
    async (request) => {
      const ctx = commandContext(request, db);
      const scope = await InspectionScope.load(ctx.db, ctx.actor, request.params.enterpriseId);
      const plan = await findPlan(ctx.db, scope, request.params.id);
      if (!plan) throw notFound('Inspection plan');
      if (!mayRead(ctx.actor)) throw forbidden('inspection.read');
      const [names, progress] = await Promise.all([
        peopleNames(ctx.db, scope, plan.assigneeIds),
        planProgress(ctx.db, scope, [plan.id]),
      ]);
      return {
        data: presentPlan(plan, {
          today: shanghaiDate(new Date()),
          names,
          progress: progress.get(plan.id),
          manage: mayManage(ctx.actor, scope),
        }),
      };
    },
  );

  app.post(
    inspectionPlanRoutes.cancel,
    {
      schema: {
        params,
        body: cancelInspectionPlanBody,
        response: { 200: z.object({ data: inspectionPlan }) },
      },
    },
    async (request) => ({
      data: await cancelPlan(
        commandContext(request, db),
        request.params.enterpriseId,
        request.params.id,
        request.body,
      ),
    }),
  );
};
