import { enterpriseParam, registerAbilities, tierRules, tierRulesInput } from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext } from '../risk.database.ts';
import type { Db } from '../risk.database.ts';
import { requireActor } from '../../identity/index.ts';
import { replaceTierRules } from './commands/replace-tier-rules.ts';
import { getTierRules } from './queries/get-tier-rules.ts';

const tags = ['risk'];
const one = z.object({ data: tierRules, abilities: registerAbilities });

/** Graded control (分级管控): which tier holds each level. */
export const tierRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/enterprises/:enterpriseId/risk-control-tiers',
    {
      schema: {
        tags,
        summary: 'Level → control tier rules',
        params: enterpriseParam,
        response: { 200: one },
      },
    },
    async (request) => getTierRules(db, requireActor(request), request.params.enterpriseId),
  );

  app.put(
    '/enterprises/:enterpriseId/risk-control-tiers',
    {
      schema: {
        tags,
        summary: 'Set the level → control tier rules',
        params: enterpriseParam,
        body: tierRulesInput,
        response: { 200: one },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      await replaceTierRules(ctx, request.params.enterpriseId, request.body);
      return getTierRules(db, ctx.actor, request.params.enterpriseId);
    },
  );
};
