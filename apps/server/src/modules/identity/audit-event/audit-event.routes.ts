import { auditEventList, auditEventListQuery } from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../identity.database.ts';
import { requireActor } from '../../../kernel/index.ts';
import { findAuditEvents } from './queries/find-audit-events.ts';

export const auditEventRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/audit-events',
    {
      schema: {
        tags: ['audit-events'],
        summary: 'The audit trail of the chains the caller may read, newest first',
        querystring: auditEventListQuery,
        response: { 200: auditEventList },
      },
    },
    async (request) => findAuditEvents(db, requireActor(request), request.query),
  );
};
