import {
  eventParams,
  riskDeletion,
  riskEvent,
  riskEventInput,
  riskEventUpdate,
  unitParams,
} from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext } from '../risk.database.ts';
import type { Db } from '../risk.database.ts';
import { requireActor } from '../../identity/index.ts';
import { createRiskEvent } from './commands/create-risk-event.ts';
import { deleteRiskEvent } from './commands/delete-risk-event.ts';
import { updateRiskEvent } from './commands/update-risk-event.ts';
import { getRiskEvent } from './queries/get-risk-event.ts';
import { deletionReason } from '../deletions/tombstones.repository.ts';

const tags = ['risk'];
const one = z.object({ data: riskEvent, deletion: riskDeletion.optional() });

/** Risk events (风险事件) of a unit. */
export const eventRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.post(
    '/enterprises/:enterpriseId/risk-units/:unitId/events',
    {
      schema: {
        tags,
        summary: 'Identify a risk event at a unit',
        params: unitParams,
        body: riskEventInput,
        response: { 201: one },
      },
    },
    async (request, reply) => {
      const ctx = commandContext(request, db);
      const { enterpriseId, unitId } = request.params;
      const id = await createRiskEvent(ctx, enterpriseId, unitId, request.body);
      return reply.status(201).send(await getRiskEvent(db, ctx.actor, enterpriseId, id));
    },
  );

  app.get(
    '/enterprises/:enterpriseId/risk-events/:eventId',
    { schema: { tags, summary: 'One risk event', params: eventParams, response: { 200: one } } },
    async (request) =>
      getRiskEvent(db, requireActor(request), request.params.enterpriseId, request.params.eventId),
  );

  app.patch(
    '/enterprises/:enterpriseId/risk-events/:eventId',
    {
      schema: {
        tags,
        summary: 'Correct a risk event',
        params: eventParams,
        body: riskEventUpdate,
        response: { 200: one },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      const { enterpriseId, eventId } = request.params;
      await updateRiskEvent(ctx, enterpriseId, eventId, request.body);
      return getRiskEvent(db, ctx.actor, enterpriseId, eventId);
    },
  );

  app.delete(
    '/enterprises/:enterpriseId/risk-events/:eventId',
    {
      schema: {
        tags,
        summary: 'Delete a risk event (and its measures), leaving tombstones; body { reason } optional',
        params: eventParams,
      },
    },
    async (request, reply) => {
      const reason = deletionReason(request.body);
      const { enterpriseId, eventId } = request.params;
      await deleteRiskEvent(commandContext(request, db), enterpriseId, eventId, reason);
      return reply.status(204).send();
    },
  );
};
