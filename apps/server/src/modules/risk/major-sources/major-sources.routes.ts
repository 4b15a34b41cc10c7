import {
  chemicalEntry,
  chemicalSearchQuery,
  majorSourceAbilities,
  majorSourceInput,
  majorSourceListItem,
  majorSourceResult,
  majorSourceFactsUpdate,
  majorSourceUpdate,
  objectMajorSource,
  searchChemicals,
} from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext } from '../risk.database.ts';
import type { Db } from '../risk.database.ts';
import { requireActor } from '../../identity/index.ts';
import { evaluateMajorSource } from '../engine/evaluate-major-source.ts';
import { evaluateObjectMajorSource } from './commands/evaluate-object-major-source.ts';
import { updateMajorSourceFacts } from './commands/update-major-source-facts.ts';
import { withEngineFields } from './engine-input.ts';
import { presentChemical } from './major-source.presenter.ts';
import { getObjectMajorSource } from './queries/get-object-major-source.ts';
import { listMajorSources } from './queries/list-major-sources.ts';

const tags = ['major-sources'];
const objectParams = z.object({ enterpriseId: z.uuid(), objectId: z.uuid() });
const one = z.object({ data: objectMajorSource, abilities: majorSourceAbilities });

/** GB 18218 重大危险源: the calculator, the chemical picker, per-object inventories and the list. */
export const majorSourceRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.post(
    '/major-sources/evaluate',
    {
      schema: {
        tags,
        summary: 'GB 18218-2018 calculator: identify and grade an inventory without storing it',
        body: majorSourceInput,
        response: { 200: z.object({ data: majorSourceResult }) },
      },
    },
    async (request) => {
      requireActor(request);
      return { data: withEngineFields(() => evaluateMajorSource(request.body)) };
    },
  );

  app.get(
    '/chemicals',
    {
      schema: {
        tags,
        summary: 'Search GB 18218 表1 substances (name, alias, CAS) and 表2 hazard classes',
        querystring: chemicalSearchQuery,
        response: { 200: z.object({ data: z.array(chemicalEntry) }) },
      },
    },
    async (request) => {
      requireActor(request);
      return { data: searchChemicals(request.query.q, request.query.limit).map(presentChemical) };
    },
  );

  app.get(
    '/enterprises/:enterpriseId/risk-objects/:objectId/major-source',
    {
      schema: {
        tags,
        summary: "A risk object's inventory, latest evaluation and history",
        params: objectParams,
        response: { 200: one },
      },
    },
    async (request) =>
      getObjectMajorSource(db, requireActor(request), request.params.enterpriseId, request.params.objectId),
  );

  app.put(
    '/enterprises/:enterpriseId/risk-objects/:objectId/major-source',
    {
      schema: {
        tags,
        summary: 'Store the design-maximum inventory, evaluate it and mark the object',
        params: objectParams,
        body: majorSourceUpdate,
        response: { 200: one },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      const { enterpriseId, objectId } = request.params;
      await evaluateObjectMajorSource(ctx, enterpriseId, objectId, request.body);
      return getObjectMajorSource(db, ctx.actor, enterpriseId, objectId);
    },
  );

  app.put(
    '/enterprises/:enterpriseId/risk-objects/:objectId/major-source/facts',
    {
      schema: {
        tags,
        summary: "A major source's facts as filed: registration code, kind, filing, assessment, service",
        params: objectParams,
        body: majorSourceFactsUpdate,
        response: { 200: one },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      const { enterpriseId, objectId } = request.params;
      await updateMajorSourceFacts(ctx, enterpriseId, objectId, request.body);
      return getObjectMajorSource(db, ctx.actor, enterpriseId, objectId);
    },
  );

  app.get(
    '/enterprises/:enterpriseId/major-sources',
    {
      schema: {
        tags,
        summary: "The enterprise's major sources with grade, R and stewards",
        params: z.object({ enterpriseId: z.uuid() }),
        response: { 200: z.object({ data: z.array(majorSourceListItem) }) },
      },
    },
    async (request) => ({
      data: await listMajorSources(db, requireActor(request), request.params.enterpriseId),
    }),
  );
};
