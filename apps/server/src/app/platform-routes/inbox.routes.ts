import { pageInfo, pageQuery, uuidParam } from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../modules/identity/index.ts';
import { listInbox, markAllRead, markRead } from '../../platform/notify/index.ts';
import type { Db } from '../db-schema.ts';
import { notFound } from '../../kernel/index.ts';

const tags = ['inbox'];
const inboxMessage = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** Fills the kind's text in the reader's language (notify.<kind>); title/body are the fallback. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
const inboxQuery = pageQuery.extend({
  unreadOnly: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

/** The caller's own in-app messages; nobody reads another user's inbox, administrators included. */
export const inboxRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/inbox',
    {
      schema: {
        tags,
        summary: "The caller's messages, newest first",
        querystring: inboxQuery,
        response: {
          200: z.object({ data: z.array(inboxMessage), page: pageInfo, unreadCount: z.number().int() }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, unreadOnly } = request.query;
      const { rows, total, unreadCount } = await listInbox(db, actor.userId, { page, pageSize, unreadOnly });
      return {
        data: rows.map((r) => ({
          ...r,
          params: (r.params ?? {}) as Record<string, string | number>,
          createdAt: new Date(r.createdAt).toISOString(),
          readAt: r.readAt ? new Date(r.readAt).toISOString() : null,
        })),
        page: { page, pageSize, total },
        unreadCount,
      };
    },
  );

  app.post(
    '/inbox/:id/read',
    { schema: { tags, summary: 'Mark one of my messages read', params: uuidParam } },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!(await markRead(db, actor.userId, request.params.id))) throw notFound('Message');
      return reply.status(204).send();
    },
  );

  app.post(
    '/inbox/read-all',
    { schema: { tags, summary: 'Mark all my messages read' } },
    async (request, reply) => {
      await markAllRead(db, requireActor(request).userId);
      return reply.status(204).send();
    },
  );
};
