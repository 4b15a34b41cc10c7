import {
  jurisdiction,
  jurisdictionInput,
  jurisdictionList,
  jurisdictionParam,
  jurisdictionUpdate,
} from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext } from '../identity.database.ts';
import type { Db } from '../identity.database.ts';
import { notFound } from '../../../kernel/index.ts';
import { createJurisdiction } from './commands/create-jurisdiction.ts';
import { updateJurisdiction } from './commands/update-jurisdiction.ts';
import { presentJurisdiction } from './jurisdiction.presenter.ts';
import { findJurisdiction } from './jurisdiction.repository.ts';
import { findJurisdictions } from './queries/find-jurisdictions.ts';

const tags = ['jurisdictions'];

export const jurisdictionRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/jurisdictions',
    {
      schema: {
        tags,
        summary: 'The region tree (no login: self-registration needs it)',
        security: [],
        response: { 200: jurisdictionList },
      },
    },
    async () => findJurisdictions(db),
  );

  app.post(
    '/jurisdictions',
    {
      schema: {
        tags,
        summary: 'Add a place to the region tree',
        body: jurisdictionInput,
        response: { 201: z.object({ data: z.object({ code: z.string() }) }) },
      },
    },
    async (request, reply) => {
      const code = await createJurisdiction(commandContext(request, db), request.body);
      return reply.status(201).send({ data: { code } });
    },
  );

  app.patch(
    '/jurisdictions/:code',
    {
      schema: {
        tags,
        summary: 'Rename a place',
        params: jurisdictionParam,
        body: jurisdictionUpdate,
        response: { 200: z.object({ data: jurisdiction }) },
      },
    },
    async (request) => {
      await updateJurisdiction(commandContext(request, db), request.params.code, request.body);
      const row = await findJurisdiction(db, request.params.code);
      if (!row) throw notFound('Jurisdiction');
      return { data: presentJurisdiction(row) };
    },
  );
};
