import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addBlacklistBody,
  blacklistEntry,
  blacklistPublication,
  blacklistQuery,
  enforcementRoutes as paths,
  enterpriseOrder,
  publicInspectionResult,
  publicResultsQuery,
  publishBlacklistBody,
  removeBlacklistBody,
} from '@shuangkong/contracts';
import { forbidden, notFound } from '../../../../kernel/index.ts';
import { can, findEnterpriseForActor, requireActor } from '../../../identity/index.ts';
import { commandContext, type Db } from '../../supervision.database.ts';
import { enterpriseOrders } from '../inspections/inspection-queries.ts';
import { publicInspectionResults } from '../public/public-results.ts';
import {
  addToBlacklist,
  listBlacklist,
  listBlacklistPublications,
  publicBlacklist,
  publishBlacklist,
  removeFromBlacklist,
} from './blacklist.ts';

const entParams = z.object({ enterpriseId: z.uuid(), id: z.uuid() });

/** 黑名单, its quarterly publications, the enterprise's orders and the public lists (一公开). */
export const blacklistRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    paths.blacklist,
    {
      schema: { querystring: blacklistQuery, response: { 200: z.object({ data: z.array(blacklistEntry) }) } },
    },
    async (request) => ({ data: await listBlacklist(commandContext(request, db), request.query.scope) }),
  );
  app.post(
    paths.blacklist,
    { schema: { body: addBlacklistBody, response: { 201: z.object({ data: z.object({ id: z.uuid() }) }) } } },
    async (request, reply) =>
      reply.status(201).send({ data: await addToBlacklist(commandContext(request, db), request.body) }),
  );
  app.post(
    paths.removeBlacklist,
    { schema: { params: entParams, body: removeBlacklistBody } },
    async (request, reply) => {
      await removeFromBlacklist(
        commandContext(request, db),
        request.params.enterpriseId,
        request.params.id,
        request.body.reason,
      );
      return reply.status(204).send();
    },
  );
  app.get(
    paths.blacklistPublications,
    { schema: { response: { 200: z.object({ data: z.array(blacklistPublication) }) } } },
    async (request) => ({ data: await listBlacklistPublications(commandContext(request, db)) }),
  );
  app.post(
    paths.blacklistPublications,
    {
      schema: {
        body: publishBlacklistBody,
        response: { 201: z.object({ data: z.object({ id: z.uuid() }) }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        data: await publishBlacklist(commandContext(request, db), request.body.year, request.body.quarter),
      }),
  );

  app.get(
    paths.enterpriseOrders,
    {
      schema: {
        params: z.object({ enterpriseId: z.uuid() }),
        response: { 200: z.object({ data: z.array(enterpriseOrder) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const enterprise = await findEnterpriseForActor(db, actor, request.params.enterpriseId);
      if (!enterprise) throw notFound('Enterprise');
      if (!can(actor, 'supervision.respond') && !can(actor, 'supervision.read'))
        throw forbidden('supervision.respond');
      return { data: await enterpriseOrders(db, actor, enterprise.id) };
    },
  );

  // Unauthenticated and read-only: what 一公开 publishes, with published fields only.
  app.get(
    paths.publicResults,
    {
      schema: {
        querystring: publicResultsQuery,
        response: { 200: z.object({ data: z.array(publicInspectionResult) }) },
      },
    },
    async (request) => ({ data: await publicInspectionResults(db, request.query.limit) }),
  );
  app.get(
    paths.publicBlacklist,
    { schema: { response: { 200: z.object({ data: z.array(blacklistPublication) }) } } },
    async () => ({ data: await publicBlacklist(db) }),
  );
};
