import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../kernel/index.ts';
import type { TodoContext } from '../../platform/modules/index.ts';
import type { TodoRegistry } from '../../platform/notify/index.ts';
import type { Db } from '../db-schema.ts';

const todoItem = z.object({
  key: z.string(),
  title: z.string(),
  count: z.number().int(),
  link: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** The home page's 待办: one line per registered source. */
export const todoRoutes: FastifyPluginAsyncZod<{ db: Db; todos: TodoRegistry<TodoContext> }> = async (
  app,
  { db, todos },
) => {
  app.get(
    '/todos',
    {
      schema: {
        tags: ['inbox'],
        summary: "The caller's to-do counts",
        response: { 200: z.object({ data: z.array(todoItem) }) },
      },
    },
    async (request) => ({ data: await todos.collect({ db, actor: requireActor(request) }) }),
  );
};
