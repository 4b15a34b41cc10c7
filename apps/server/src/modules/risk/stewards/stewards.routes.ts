import { objectParams, riskSteward, stewardsInput } from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext } from '../risk.database.ts';
import type { Db } from '../risk.database.ts';
import { requireActor } from '../../identity/index.ts';
import { replaceObjectStewards } from './commands/replace-stewards.ts';
import { getStewards } from './queries/get-stewards.ts';

const tags = ['risk'];
const list = z.object({ data: z.array(riskSteward) });

/** 包保责任人 of risk objects (major sources). */
export const stewardRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/enterprises/:enterpriseId/risk-objects/:objectId/stewards',
    { schema: { tags, summary: "An object's stewards", params: objectParams, response: { 200: list } } },
    async (request) =>
      getStewards(db, requireActor(request), request.params.enterpriseId, request.params.objectId),
  );

  app.put(
    '/enterprises/:enterpriseId/risk-objects/:objectId/stewards',
    {
      schema: {
        tags,
        summary: 'Set the three stewards',
        params: objectParams,
        body: stewardsInput,
        response: { 200: list },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      const { enterpriseId, objectId } = request.params;
      await replaceObjectStewards(ctx, enterpriseId, objectId, request.body);
      return getStewards(db, ctx.actor, enterpriseId, objectId);
    },
  );
};
