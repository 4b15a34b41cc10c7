import {
  enterpriseParam,
  riskRegisterDiffResponse,
  riskRegisterPublishBody,
  riskRevisionCreated,
  riskRevisionDiffParams,
  riskRevisionList,
  riskRevisionParams,
  riskRevisionResponse,
} from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { commandContext } from '../risk.database.ts';
import type { Db } from '../risk.database.ts';
import { requireActor } from '../../identity/index.ts';
import { publishRegister } from './commands/publish-register.ts';
import { diffRevisions, findRevisions, getRevision } from './queries/find-revisions.ts';

const tags = ['risk-register'];
const base = '/enterprises/:enterpriseId/risk-register/revisions';

/** Published revisions of the approved register and the differences between them. */
export const revisionRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Publish the approved register as a new revision',
        params: enterpriseParam,
        body: riskRegisterPublishBody,
        response: { 201: riskRevisionCreated },
      },
    },
    async (request, reply) => {
      const ctx = commandContext(request, db);
      const revision = await publishRegister(ctx, {
        enterpriseId: request.params.enterpriseId,
        note: request.body.note,
      });
      const { data } = await getRevision(db, ctx.actor, request.params.enterpriseId, revision);
      const { units: _units, ...item } = data;
      return reply.status(201).send({ data: item });
    },
  );

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Published revisions, newest first',
        params: enterpriseParam,
        response: { 200: riskRevisionList },
      },
    },
    async (request) => findRevisions(db, requireActor(request), request.params.enterpriseId),
  );

  app.get(
    `${base}/:revision`,
    {
      schema: {
        tags,
        summary: 'One revision with every unit snapshot',
        params: riskRevisionParams,
        response: { 200: riskRevisionResponse },
      },
    },
    async (request) =>
      getRevision(db, requireActor(request), request.params.enterpriseId, request.params.revision),
  );

  app.get(
    `${base}/:a/diff/:b`,
    {
      schema: {
        tags,
        summary: 'What changed from revision a to revision b',
        params: riskRevisionDiffParams,
        response: { 200: riskRegisterDiffResponse },
      },
    },
    async (request) => {
      const { enterpriseId, a, b } = request.params;
      return diffRevisions(db, requireActor(request), enterpriseId, a, b);
    },
  );
};
