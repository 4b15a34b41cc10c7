import {
  enterpriseParam,
  fullReviewInput,
  riskChangeInput,
  riskChangeList,
  riskChangeResponse,
  riskReviewStatusResponse,
} from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { commandContext } from '../risk.database.ts';
import type { Db } from '../risk.database.ts';
import { notFound } from '../../../kernel/index.ts';
import { requireActor } from '../../identity/index.ts';
import { VisibleEnterprise } from '../risk-scope.ts';
import { recordChange } from './commands/record-change.ts';
import { recordFullReview } from './commands/record-full-review.ts';
import { findChanges } from './queries/find-changes.ts';
import { getReviewStatus } from './queries/get-review-status.ts';
import { presentChange } from './reviews.presenter.ts';
import { listChanges } from './reviews.repository.ts';

const tags = ['risk-reviews'];
const base = '/enterprises/:enterpriseId';

/** Review cycles: the full re-assessment schedule and the changes that flag units for re-assessment. */
export const reviewRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    `${base}/risk-reviews/status`,
    {
      schema: {
        tags,
        summary: 'Full re-assessment due date and units needing re-assessment',
        params: enterpriseParam,
        response: { 200: riskReviewStatusResponse },
      },
    },
    async (request) => getReviewStatus(db, requireActor(request), request.params.enterpriseId),
  );

  app.post(
    `${base}/risk-reviews/full`,
    {
      schema: {
        tags,
        summary: 'Record a completed full re-assessment',
        params: enterpriseParam,
        body: fullReviewInput,
        response: { 200: riskReviewStatusResponse },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      await recordFullReview(ctx, { enterpriseId: request.params.enterpriseId, ...request.body });
      return getReviewStatus(db, ctx.actor, request.params.enterpriseId);
    },
  );

  app.post(
    `${base}/risk-changes`,
    {
      schema: {
        tags,
        summary: 'Record a change and flag the affected units for re-assessment',
        params: enterpriseParam,
        body: riskChangeInput,
        response: { 201: riskChangeResponse },
      },
    },
    async (request, reply) => {
      const ctx = commandContext(request, db);
      const id = await recordChange(ctx, request.params.enterpriseId, request.body);
      const enterprise = await VisibleEnterprise.load(db, ctx.actor, request.params.enterpriseId);
      const [row] = await listChanges(db, enterprise, id);
      if (!row) throw notFound('Risk change');
      return reply.status(201).send({ data: presentChange(row) });
    },
  );

  app.get(
    `${base}/risk-changes`,
    {
      schema: {
        tags,
        summary: 'Recorded changes, newest first',
        params: enterpriseParam,
        response: { 200: riskChangeList },
      },
    },
    async (request) => findChanges(db, requireActor(request), request.params.enterpriseId),
  );
};
