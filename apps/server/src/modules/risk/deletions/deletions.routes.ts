import { riskDeletionsQuery, riskTombstone } from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden } from '../../../kernel/index.ts';
import { can, requireActor } from '../../identity/index.ts';
import type { Db } from '../risk.database.ts';
import { VisibleEnterprise } from '../risk-scope.ts';
import { listTombstones } from './tombstones.repository.ts';

/** The deletion feed: events and measures deleted from the register, with who, when and why. */
export const deletionRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/enterprises/:enterpriseId/risk-deletions',
    {
      schema: {
        tags: ['risk'],
        summary: 'Risk events and control measures deleted from the register (tombstones)',
        params: z.object({ enterpriseId: z.uuid() }),
        querystring: riskDeletionsQuery,
        response: { 200: z.object({ data: z.array(riskTombstone) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const enterprise = await VisibleEnterprise.load(db, actor, request.params.enterpriseId);
      if (!can(actor, 'risk.read')) throw forbidden('risk.read');
      return { data: await listTombstones(db, enterprise, request.query.since) };
    },
  );
};
