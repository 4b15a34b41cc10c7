import {
  regulator,
  regulatorAbilities,
  regulatorInput,
  regulatorList,
  regulatorRemitsReplace,
  regulatorUpdate,
  uuidParam,
} from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext } from '../identity.database.ts';
import type { Db } from '../identity.database.ts';
import { requireActor } from '../../../kernel/index.ts';
import { createRegulator } from './commands/create-regulator.ts';
import { replaceRegulatorRemits } from './commands/replace-regulator-remits.ts';
import { updateRegulator } from './commands/update-regulator.ts';
import { findRegulators } from './queries/find-regulators.ts';
import { getRegulator } from './queries/get-regulator.ts';

const tags = ['regulators'];
const one = z.object({ data: regulator, abilities: regulatorAbilities });

export const regulatorRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/regulators',
    { schema: { tags, summary: 'Departments the caller may see', response: { 200: regulatorList } } },
    async (request) => findRegulators(db, requireActor(request)),
  );

  app.get(
    '/regulators/:id',
    { schema: { tags, summary: 'One department', params: uuidParam, response: { 200: one } } },
    async (request) => getRegulator(db, requireActor(request), request.params.id),
  );

  app.post(
    '/regulators',
    {
      schema: {
        tags,
        summary: 'Set up a department with its remit',
        body: regulatorInput,
        response: { 201: z.object({ data: z.object({ id: z.uuid() }) }) },
      },
    },
    async (request, reply) => {
      const id = await createRegulator(commandContext(request, db), request.body);
      return reply.status(201).send({ data: { id } });
    },
  );

  app.patch(
    '/regulators/:id',
    {
      schema: {
        tags,
        summary: 'Rename, re-kind or (de)activate a department',
        params: uuidParam,
        body: regulatorUpdate,
        response: { 200: one },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      await updateRegulator(ctx, request.params.id, request.body);
      return getRegulator(db, ctx.actor, request.params.id);
    },
  );

  app.put(
    '/regulators/:id/remits',
    {
      schema: {
        tags,
        summary: "Replace a department's remit",
        params: uuidParam,
        body: regulatorRemitsReplace,
        response: { 200: one },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      await replaceRegulatorRemits(ctx, request.params.id, request.body.remits);
      return getRegulator(db, ctx.actor, request.params.id);
    },
  );
};
