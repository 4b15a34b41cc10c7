import {
  geoReferenceInput,
  placementsUpdate,
  riskMapPoint,
  sitePlan,
  sitePlanAbilities,
  sitePlanInput,
  sitePlanListItem,
  sitePlanParams,
} from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext } from '../risk.database.ts';
import type { Db } from '../risk.database.ts';
import { requireActor } from '../../identity/index.ts';
import { createSitePlan } from './commands/create-site-plan.ts';
import { deleteSitePlan } from './commands/delete-site-plan.ts';
import { setGeoReference } from './commands/set-geo-reference.ts';
import { replacePlacements } from './commands/replace-placements.ts';
import { findRiskMapPoints, findSitePlans, getSitePlan } from './queries/site-plan-queries.ts';

const tags = ['risk-site-plans'];
const enterpriseParams = z.object({ enterpriseId: z.uuid() });
const one = z.object({ data: sitePlan, abilities: sitePlanAbilities });

/** 四色分布图: site plans, the units drawn on them, and unit positions for the regional map. */
export const sitePlanRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const base = '/enterprises/:enterpriseId/risk-site-plans';

  app.get(
    base,
    {
      schema: {
        tags,
        summary: "The enterprise's site plans",
        params: enterpriseParams,
        response: { 200: z.object({ data: z.array(sitePlanListItem), abilities: sitePlanAbilities }) },
      },
    },
    async (request) => findSitePlans(db, requireActor(request), request.params.enterpriseId),
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Add a site plan on an uploaded image',
        params: enterpriseParams,
        body: sitePlanInput,
        response: { 201: one },
      },
    },
    async (request, reply) => {
      const ctx = commandContext(request, db);
      const id = await createSitePlan(ctx, request.params.enterpriseId, request.body);
      return reply.status(201).send(await getSitePlan(db, ctx.actor, request.params.enterpriseId, id));
    },
  );

  app.get(
    `${base}/:planId`,
    {
      schema: {
        tags,
        summary: 'A site plan as a four-color map with its legend',
        params: sitePlanParams,
        response: { 200: one },
      },
    },
    async (request) =>
      getSitePlan(db, requireActor(request), request.params.enterpriseId, request.params.planId),
  );

  app.put(
    `${base}/:planId/placements`,
    {
      schema: {
        tags,
        summary: 'Replace the units drawn on the plan (geometry in plan fractions 0..1)',
        params: sitePlanParams,
        body: placementsUpdate,
        response: { 200: one },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      const { enterpriseId, planId } = request.params;
      await replacePlacements(ctx, enterpriseId, planId, request.body);
      return getSitePlan(db, ctx.actor, enterpriseId, planId);
    },
  );

  app.put(
    `${base}/:planId/geo-reference`,
    {
      schema: {
        tags,
        summary: 'Geo-reference the plan: control points (plan fractions with WGS-84 lat/lng); [] removes it',
        params: sitePlanParams,
        body: geoReferenceInput,
        response: { 200: one },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      const { enterpriseId, planId } = request.params;
      await setGeoReference(ctx, enterpriseId, planId, request.body);
      return getSitePlan(db, ctx.actor, enterpriseId, planId);
    },
  );

  app.delete(
    `${base}/:planId`,
    { schema: { tags, summary: 'Delete a site plan and its drawing', params: sitePlanParams } },
    async (request, reply) => {
      await deleteSitePlan(commandContext(request, db), request.params.enterpriseId, request.params.planId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/enterprises/:enterpriseId/risk-map/points',
    {
      schema: {
        tags,
        summary: "Each unit's position (unit, else object, else enterprise) with its current level",
        params: enterpriseParams,
        response: { 200: z.object({ data: z.array(riskMapPoint) }) },
      },
    },
    async (request) => ({
      data: await findRiskMapPoints(db, requireActor(request), request.params.enterpriseId),
    }),
  );
};
