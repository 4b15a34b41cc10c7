import {
  enterpriseParam,
  enterpriseRiskLevel,
  objectParams,
  registerAbilities,
  registerTree,
  registerTreeQuery,
  riskObject,
  riskObjectInput,
  riskObjectUpdate,
} from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext } from '../risk.database.ts';
import type { Db } from '../risk.database.ts';
import { requireActor } from '../../identity/index.ts';
import { archiveRiskObject } from './commands/archive-risk-object.ts';
import { deletionReason } from '../deletions/tombstones.repository.ts';
import { createRiskObject } from './commands/create-risk-object.ts';
import { updateRiskObject } from './commands/update-risk-object.ts';
import { getEnterpriseRiskLevel } from './queries/get-enterprise-risk-level.ts';
import { getRegisterTree } from './queries/get-register-tree.ts';
import { getRiskObject } from './queries/get-risk-object.ts';

const tags = ['risk'];
const one = z.object({ data: riskObject, abilities: registerAbilities });

/** The register tree, the enterprise level, and risk objects. */
export const objectRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/enterprises/:enterpriseId/risk-register/tree',
    {
      schema: {
        tags,
        summary: 'The risk register as objects → units, with levels and counts',
        params: enterpriseParam,
        querystring: registerTreeQuery,
        response: { 200: registerTree },
      },
    },
    async (request) => getRegisterTree(db, requireActor(request), request.params.enterpriseId, request.query),
  );

  app.get(
    '/enterprises/:enterpriseId/risk-level',
    {
      schema: {
        tags,
        summary: "The enterprise's overall risk level (企业整体安全风险等级) and its rule",
        params: enterpriseParam,
        response: { 200: z.object({ data: enterpriseRiskLevel }) },
      },
    },
    async (request) => getEnterpriseRiskLevel(db, requireActor(request), request.params.enterpriseId),
  );

  app.get(
    '/enterprises/:enterpriseId/risk-objects/:objectId',
    { schema: { tags, summary: 'One risk object', params: objectParams, response: { 200: one } } },
    async (request) =>
      getRiskObject(db, requireActor(request), request.params.enterpriseId, request.params.objectId),
  );

  app.post(
    '/enterprises/:enterpriseId/risk-objects',
    {
      schema: {
        tags,
        summary: 'Add a risk object',
        params: enterpriseParam,
        body: riskObjectInput,
        response: { 201: one },
      },
    },
    async (request, reply) => {
      const ctx = commandContext(request, db);
      const id = await createRiskObject(ctx, request.params.enterpriseId, request.body);
      return reply.status(201).send(await getRiskObject(db, ctx.actor, request.params.enterpriseId, id));
    },
  );

  app.patch(
    '/enterprises/:enterpriseId/risk-objects/:objectId',
    {
      schema: {
        tags,
        summary: 'Correct a risk object',
        params: objectParams,
        body: riskObjectUpdate,
        response: { 200: one },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      const { enterpriseId, objectId } = request.params;
      await updateRiskObject(ctx, enterpriseId, objectId, request.body);
      return getRiskObject(db, ctx.actor, enterpriseId, objectId);
    },
  );

  app.delete(
    '/enterprises/:enterpriseId/risk-objects/:objectId',
    { schema: { tags, summary: 'Archive a risk object and its units', params: objectParams } },
    async (request, reply) => {
      const { enterpriseId, objectId } = request.params;
      await archiveRiskObject(
        commandContext(request, db),
        enterpriseId,
        objectId,
        deletionReason(request.body),
      );
      return reply.status(204).send();
    },
  );
};
