import {
  controlMeasure,
  controlMeasureInput,
  controlMeasureUpdate,
  eventParams,
  measureParams,
  riskDeletion,
} from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext } from '../risk.database.ts';
import type { Db } from '../risk.database.ts';
import { requireActor } from '../../identity/index.ts';
import { createControlMeasure } from './commands/create-control-measure.ts';
import { deletionReason } from '../deletions/tombstones.repository.ts';
import { deleteControlMeasure } from './commands/delete-control-measure.ts';
import { updateControlMeasure } from './commands/update-control-measure.ts';
import { getControlMeasure, getEventMeasures } from './queries/get-control-measures.ts';

const tags = ['risk'];
const one = z.object({ data: controlMeasure, deletion: riskDeletion.optional() });
const list = z.object({
  data: z.object({ measures: z.array(controlMeasure), emergencyMeasures: z.array(controlMeasure) }),
});

/** Control and emergency measures of risk events. */
export const measureRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/enterprises/:enterpriseId/risk-events/:eventId/measures',
    { schema: { tags, summary: "An event's measures", params: eventParams, response: { 200: list } } },
    async (request) =>
      getEventMeasures(db, requireActor(request), request.params.enterpriseId, request.params.eventId),
  );

  app.post(
    '/enterprises/:enterpriseId/risk-events/:eventId/measures',
    {
      schema: {
        tags,
        summary: 'Add a measure to an event',
        params: eventParams,
        body: controlMeasureInput,
        response: { 201: one },
      },
    },
    async (request, reply) => {
      const ctx = commandContext(request, db);
      const { enterpriseId, eventId } = request.params;
      const id = await createControlMeasure(ctx, enterpriseId, eventId, request.body);
      return reply.status(201).send(await getControlMeasure(db, ctx.actor, enterpriseId, id));
    },
  );

  app.get(
    '/enterprises/:enterpriseId/risk-measures/:measureId',
    {
      schema: {
        tags,
        summary: 'One measure; a deleted one as it was, with its deletion mark',
        params: measureParams,
        response: { 200: one },
      },
    },
    async (request) =>
      getControlMeasure(db, requireActor(request), request.params.enterpriseId, request.params.measureId),
  );

  app.patch(
    '/enterprises/:enterpriseId/risk-measures/:measureId',
    {
      schema: {
        tags,
        summary: 'Correct a measure',
        params: measureParams,
        body: controlMeasureUpdate,
        response: { 200: one },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      const { enterpriseId, measureId } = request.params;
      await updateControlMeasure(ctx, enterpriseId, measureId, request.body);
      return getControlMeasure(db, ctx.actor, enterpriseId, measureId);
    },
  );

  app.delete(
    '/enterprises/:enterpriseId/risk-measures/:measureId',
    {
      schema: {
        tags,
        summary: 'Remove a measure, leaving a tombstone; body { reason } optional',
        params: measureParams,
      },
    },
    async (request, reply) => {
      await deleteControlMeasure(
        commandContext(request, db),
        request.params.enterpriseId,
        request.params.measureId,
        deletionReason(request.body),
      );
      return reply.status(204).send();
    },
  );
};
