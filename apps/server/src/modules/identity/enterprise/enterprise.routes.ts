import {
  enterprise,
  enterpriseAbilities,
  enterpriseInput,
  enterpriseList,
  enterpriseListQuery,
  enterpriseRegistration,
  enterpriseReview,
  enterpriseUpdate,
  uuidParam,
} from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditContextOf, commandContext } from '../identity.database.ts';
import type { Db } from '../identity.database.ts';
import { requireActor } from '../../../kernel/index.ts';
import { registerEnterprise } from './commands/register-enterprise.ts';
import { reviewRegistration } from './commands/review-registration.ts';
import { submitRegistration } from './commands/submit-registration.ts';
import { updateEnterprise } from './commands/update-enterprise.ts';
import { findEnterprises } from './queries/find-enterprises.ts';
import { getEnterprise } from './queries/get-enterprise.ts';

const tags = ['enterprises'];
const one = z.object({ data: enterprise, abilities: enterpriseAbilities });
const created = z.object({ data: z.object({ id: z.uuid() }) });

export const enterpriseRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/enterprises',
    {
      schema: {
        tags,
        summary: 'Enterprise registry, scoped to the caller',
        querystring: enterpriseListQuery,
        response: { 200: enterpriseList },
      },
    },
    async (request) => findEnterprises(db, requireActor(request), request.query),
  );

  app.get(
    '/enterprises/:id',
    { schema: { tags, summary: 'One enterprise', params: uuidParam, response: { 200: one } } },
    async (request) => getEnterprise(db, requireActor(request), request.params.id),
  );

  app.post(
    '/enterprises',
    {
      schema: {
        tags,
        summary: 'Register an enterprise (regulator or administrator)',
        body: enterpriseInput,
        response: { 201: created },
      },
    },
    async (request, reply) => {
      const id = await registerEnterprise(commandContext(request, db), request.body);
      return reply.status(201).send({ data: { id } });
    },
  );

  app.patch(
    '/enterprises/:id',
    {
      schema: {
        tags,
        summary: 'Update an enterprise profile',
        params: uuidParam,
        body: enterpriseUpdate,
        response: { 200: one },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      await updateEnterprise(ctx, request.params.id, request.body);
      return getEnterprise(db, ctx.actor, request.params.id);
    },
  );

  app.post(
    '/enterprises/:id/review',
    {
      schema: {
        tags,
        summary: 'Approve or reject a pending registration',
        params: uuidParam,
        body: enterpriseReview,
        response: { 200: one },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      await reviewRegistration(ctx, { enterpriseId: request.params.id, ...request.body });
      return getEnterprise(db, ctx.actor, request.params.id);
    },
  );

  app.post(
    '/enterprise-registrations',
    {
      schema: {
        tags,
        summary: 'Self-registration of an enterprise (no login); a regulator approves it',
        body: enterpriseRegistration,
        response: { 201: created },
      },
    },
    async (request, reply) => {
      const id = await submitRegistration(db, auditContextOf(request, null), request.body);
      return reply.status(201).send({ data: { id } });
    },
  );
};
