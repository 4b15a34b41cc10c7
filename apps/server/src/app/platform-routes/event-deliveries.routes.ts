import { deadLetter } from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditContextOf, can, forbidden, notFound, requireActor } from '../../kernel/index.ts';
import { appendAuditEvent } from '../../platform/audit/index.ts';
import { listDeadLetters, retryDeadLetter } from '../../platform/events/index.ts';
import type { Db } from '../db-schema.ts';

/** The admins' view of domain event deliveries that gave up, and the hand retry. */
export const eventDeliveryRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/admin/event-deliveries/dead',
    {
      schema: {
        tags: ['platform'],
        summary: 'Domain event deliveries that failed for good',
        response: { 200: z.object({ data: z.array(deadLetter) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!can(actor, 'platform.operate')) throw forbidden('platform.operate');
      return { data: await listDeadLetters(db) };
    },
  );
  app.post(
    '/admin/event-deliveries/:jobId/retry',
    {
      schema: {
        tags: ['platform'],
        summary: 'Queue a dead delivery again with fresh attempts',
        params: z.object({ jobId: z.string().uuid() }),
        response: { 200: z.object({ data: z.object({ jobId: z.string() }) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!can(actor, 'platform.operate')) throw forbidden('platform.operate');
      const { jobId } = request.params;
      await db.transaction().execute(async (trx) => {
        if (!(await retryDeadLetter(trx, jobId))) throw notFound('Dead letter');
        await appendAuditEvent(trx, auditContextOf(request, actor), {
          enterpriseId: null,
          action: 'platform.event-delivery-retried',
          entityType: 'job',
          entityId: jobId,
        });
      });
      return { data: { jobId } };
    },
  );
};
