import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  publicRiskDetail as publicRiskDetailSchema,
  publicRiskInput,
  publicRiskListQuery,
  publicRiskOwnerList,
  publicRiskRetire,
  publicRiskSummary,
  publicRiskUpdate,
  supervisionMapRoutes,
} from '@shuangkong/contracts';
import { forbidden } from '../../../../kernel/index.ts';
import { can } from '../../../identity/index.ts';
import { commandContext, type Db } from '../../supervision.database.ts';
import { createPublicRisk, updatePublicRisk } from './commands/save-public-risk.ts';
import { retirePublicRisk } from './commands/retire-public-risk.ts';
import { listPublicRisks, publicRiskDetail, publicRiskOwners } from './queries/public-risk-queries.ts';

const idParams = z.object({ id: z.uuid() });
const detailResponse = { 200: z.object({ data: publicRiskDetailSchema }) };

/** 公共区域风险: the risks of public areas the government identifies, assesses and retires. */
export const publicRiskRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    supervisionMapRoutes.publicRisks,
    {
      schema: {
        querystring: publicRiskListQuery,
        response: { 200: z.object({ data: z.array(publicRiskSummary) }) },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      if (!can(ctx.actor, 'supervision.read')) throw forbidden('supervision.read');
      return { data: await listPublicRisks(ctx.db, ctx.actor, request.query) };
    },
  );

  app.get(
    supervisionMapRoutes.publicRiskOwners,
    { schema: { response: { 200: z.object({ data: publicRiskOwnerList }) } } },
    async (request) => {
      const ctx = commandContext(request, db);
      if (!can(ctx.actor, 'supervision.read')) throw forbidden('supervision.read');
      return { data: await publicRiskOwners(ctx.db, ctx.actor) };
    },
  );

  app.post(
    supervisionMapRoutes.publicRisks,
    { schema: { body: publicRiskInput, response: { 201: z.object({ data: publicRiskDetailSchema }) } } },
    async (request, reply) => {
      const ctx = commandContext(request, db);
      const id = await createPublicRisk(ctx, request.body);
      return reply.code(201).send({ data: await publicRiskDetail(ctx.db, ctx.actor, id) });
    },
  );

  app.get(
    supervisionMapRoutes.publicRisk,
    { schema: { params: idParams, response: detailResponse } },
    async (request) => {
      const ctx = commandContext(request, db);
      const data = await publicRiskDetail(ctx.db, ctx.actor, request.params.id);
      if (!can(ctx.actor, 'supervision.read')) throw forbidden('supervision.read');
      return { data };
    },
  );

  app.put(
    supervisionMapRoutes.publicRisk,
    { schema: { params: idParams, body: publicRiskUpdate, response: detailResponse } },
    async (request) => {
      const ctx = commandContext(request, db);
      await updatePublicRisk(ctx, request.params.id, request.body);
      return { data: await publicRiskDetail(ctx.db, ctx.actor, request.params.id) };
    },
  );

  app.post(
    supervisionMapRoutes.retirePublicRisk,
    { schema: { params: idParams, body: publicRiskRetire, response: detailResponse } },
    async (request) => {
      const ctx = commandContext(request, db);
      await retirePublicRisk(ctx, request.params.id, request.body);
      return { data: await publicRiskDetail(ctx.db, ctx.actor, request.params.id) };
    },
  );
};
