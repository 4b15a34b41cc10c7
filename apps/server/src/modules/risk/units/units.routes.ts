import {
  enterpriseParam,
  riskUnit,
  riskUnitDetail,
  riskUnitInput,
  riskUnitUpdate,
  stepsInput,
  unitAbilities,
  unitParams,
  unitPostsInput,
  unitSafetySignsInput,
} from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext } from '../risk.database.ts';
import type { Db } from '../risk.database.ts';
import { requireActor } from '../../identity/index.ts';
import { archiveRiskUnit } from './commands/archive-risk-unit.ts';
import { deletionReason } from '../deletions/tombstones.repository.ts';
import { createRiskUnit } from './commands/create-risk-unit.ts';
import { replaceUnitPosts } from './commands/replace-unit-posts.ts';
import { replaceUnitSafetySigns } from './commands/replace-unit-safety-signs.ts';
import { replaceUnitSteps } from './commands/replace-unit-steps.ts';
import { updateRiskUnit } from './commands/update-risk-unit.ts';
import { getRiskUnit } from './queries/get-risk-unit.ts';
import { getRiskUnitDetail } from './queries/get-risk-unit-detail.ts';

const tags = ['risk'];
const one = z.object({ data: riskUnit, abilities: unitAbilities });
const detail = z.object({ data: riskUnitDetail, abilities: unitAbilities });

/** Risk units, their JHA steps / SCL items and their exposed posts. */
export const unitRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/enterprises/:enterpriseId/risk-units/:unitId',
    {
      schema: {
        tags,
        summary: 'One risk unit with everything under it',
        params: unitParams,
        response: { 200: detail },
      },
    },
    async (request) =>
      getRiskUnitDetail(db, requireActor(request), request.params.enterpriseId, request.params.unitId),
  );

  app.post(
    '/enterprises/:enterpriseId/risk-units',
    {
      schema: {
        tags,
        summary: 'Add a risk unit under an object',
        params: enterpriseParam,
        body: riskUnitInput,
        response: { 201: one },
      },
    },
    async (request, reply) => {
      const ctx = commandContext(request, db);
      const id = await createRiskUnit(ctx, request.params.enterpriseId, request.body);
      return reply.status(201).send(await getRiskUnit(db, ctx.actor, request.params.enterpriseId, id));
    },
  );

  app.patch(
    '/enterprises/:enterpriseId/risk-units/:unitId',
    {
      schema: {
        tags,
        summary: 'Change a risk unit',
        params: unitParams,
        body: riskUnitUpdate,
        response: { 200: one },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      const { enterpriseId, unitId } = request.params;
      await updateRiskUnit(ctx, enterpriseId, unitId, request.body);
      return getRiskUnit(db, ctx.actor, enterpriseId, unitId);
    },
  );

  app.delete(
    '/enterprises/:enterpriseId/risk-units/:unitId',
    { schema: { tags, summary: 'Archive a risk unit', params: unitParams } },
    async (request, reply) => {
      await archiveRiskUnit(
        commandContext(request, db),
        request.params.enterpriseId,
        request.params.unitId,
        deletionReason(request.body),
      );
      return reply.status(204).send();
    },
  );

  app.put(
    '/enterprises/:enterpriseId/risk-units/:unitId/steps',
    {
      schema: {
        tags,
        summary: 'Replace the JHA steps / SCL items',
        params: unitParams,
        body: stepsInput,
        response: { 200: detail },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      const { enterpriseId, unitId } = request.params;
      await replaceUnitSteps(ctx, enterpriseId, unitId, request.body);
      return getRiskUnitDetail(db, ctx.actor, enterpriseId, unitId);
    },
  );

  app.put(
    '/enterprises/:enterpriseId/risk-units/:unitId/posts',
    {
      schema: {
        tags,
        summary: 'Set the posts exposed to the unit',
        params: unitParams,
        body: unitPostsInput,
        response: { 200: detail },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      const { enterpriseId, unitId } = request.params;
      await replaceUnitPosts(ctx, enterpriseId, unitId, request.body);
      return getRiskUnitDetail(db, ctx.actor, enterpriseId, unitId);
    },
  );

  app.put(
    '/enterprises/:enterpriseId/risk-units/:unitId/safety-signs',
    {
      schema: {
        tags,
        summary: 'Set the GB 2894 safety signs posted at the unit',
        params: unitParams,
        body: unitSafetySignsInput,
        response: { 200: detail },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      const { enterpriseId, unitId } = request.params;
      await replaceUnitSafetySigns(ctx, enterpriseId, unitId, request.body);
      return getRiskUnitDetail(db, ctx.actor, enterpriseId, unitId);
    },
  );
};
