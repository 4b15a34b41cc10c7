import {
  orgUnit,
  orgUnitInput,
  orgUnitList,
  orgUnitParams,
  orgUnitUpdate,
  uuidParam,
} from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext } from '../identity.database.ts';
import type { Db } from '../identity.database.ts';
import { notFound } from '../../../kernel/index.ts';
import { requireActor } from '../../../kernel/index.ts';
import { createOrgUnit } from './commands/create-org-unit.ts';
import { deleteOrgUnit } from './commands/delete-org-unit.ts';
import { updateOrgUnit } from './commands/update-org-unit.ts';
import { presentOrgUnit } from './org-unit.presenter.ts';
import { findOrgUnit } from './org-unit.repository.ts';
import { findOrgUnits } from './queries/find-org-units.ts';

const tags = ['org-units'];

export const orgUnitRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/enterprises/:id/org-units',
    {
      schema: {
        tags,
        summary: "An enterprise's departments, workshops, teams and posts",
        params: uuidParam,
        response: { 200: orgUnitList },
      },
    },
    async (request) => findOrgUnits(db, requireActor(request), request.params.id),
  );

  app.post(
    '/enterprises/:id/org-units',
    {
      schema: {
        tags,
        summary: 'Add a unit to the org tree',
        params: uuidParam,
        body: orgUnitInput,
        response: { 201: z.object({ data: z.object({ id: z.uuid() }) }) },
      },
    },
    async (request, reply) => {
      const id = await createOrgUnit(commandContext(request, db), request.params.id, request.body);
      return reply.status(201).send({ data: { id } });
    },
  );

  app.patch(
    '/enterprises/:id/org-units/:unitId',
    {
      schema: {
        tags,
        summary: 'Rename, re-kind, re-sort or move a unit',
        params: orgUnitParams,
        body: orgUnitUpdate,
        response: { 200: z.object({ data: orgUnit }) },
      },
    },
    async (request) => {
      const { id, unitId } = request.params;
      await updateOrgUnit(commandContext(request, db), id, unitId, request.body);
      const row = await findOrgUnit(db, id, unitId);
      if (!row) throw notFound('Org unit');
      return { data: presentOrgUnit(row) };
    },
  );

  app.delete(
    '/enterprises/:id/org-units/:unitId',
    { schema: { tags, summary: 'Remove an empty unit', params: orgUnitParams } },
    async (request, reply) => {
      await deleteOrgUnit(commandContext(request, db), request.params.id, request.params.unitId);
      return reply.status(204).send();
    },
  );
};
