import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext, notFound, requireActor } from '../../../src/kernel/index.ts';
import { findEnterpriseForActor } from '../../../src/modules/identity/index.ts';
import type { Db } from './example.database.ts';
import { addNote } from './add-note.ts';

const note = z.object({ id: z.string(), text: z.string(), riskObjectId: z.string().nullable() });

/** Thin routes: parse, build the context, call one use case, present. */
export const exampleRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/enterprises/:enterpriseId/example-notes',
    {
      schema: {
        params: z.object({ enterpriseId: z.string().uuid() }),
        response: { 200: z.object({ data: z.array(note) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      // Scope first: outsiders get 404, as for every enterprise resource.
      const enterprise = await findEnterpriseForActor(db, actor, request.params.enterpriseId);
      if (!enterprise) throw notFound('Enterprise');
      const rows = await db
        .selectFrom('exampleNotes')
        .select(['id', 'text', 'riskObjectId'])
        .where('enterpriseId', '=', enterprise.id)
        .orderBy('createdAt')
        .execute();
      return { data: rows };
    },
  );
  app.post(
    '/enterprises/:enterpriseId/example-notes',
    {
      schema: {
        params: z.object({ enterpriseId: z.string().uuid() }),
        body: z.object({ text: z.string().trim().min(1).max(200) }),
        response: { 201: z.object({ data: z.object({ id: z.string() }) }) },
      },
    },
    async (request, reply) => {
      const id = await addNote(commandContext(request, db), request.params.enterpriseId, request.body.text);
      return reply.status(201).send({ data: { id } });
    },
  );
};
