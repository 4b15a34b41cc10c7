import {
  evidenceClearance,
  evidenceInput,
  evidenceParams,
  levelEvidence,
  levelHistoryEntry,
  riskUnit,
  unitParams,
} from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext } from '../risk.database.ts';
import type { Db } from '../risk.database.ts';
import { requireActor } from '../../identity/index.ts';
import { clearEvidenceManually, raiseUnitLevelManually } from './commands/manual-evidence.ts';
import { getEvidenceOutcome, getLevelHistory } from './queries/evidence-queries.ts';

const tags = ['risk'];
const outcome = z.object({ data: levelEvidence, unit: riskUnit });

/** Evidence that raises a unit's current level, and the level history it leaves. */
export const evidenceRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.post(
    '/enterprises/:enterpriseId/risk-units/:unitId/evidence',
    {
      schema: {
        tags,
        summary: "Raise a unit's current level by hand",
        params: unitParams,
        body: evidenceInput,
        response: { 201: outcome },
      },
    },
    async (request, reply) => {
      const ctx = commandContext(request, db);
      const { enterpriseId, unitId } = request.params;
      const id = await raiseUnitLevelManually(ctx, enterpriseId, unitId, request.body);
      return reply.status(201).send(await getEvidenceOutcome(db, ctx.actor, enterpriseId, id));
    },
  );

  app.post(
    '/enterprises/:enterpriseId/risk-evidence/:evidenceId/clearance',
    {
      schema: {
        tags,
        summary: 'Clear evidence with a reason',
        params: evidenceParams,
        body: evidenceClearance,
        response: { 200: outcome },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      const { enterpriseId, evidenceId } = request.params;
      await clearEvidenceManually(ctx, enterpriseId, evidenceId, request.body);
      return getEvidenceOutcome(db, ctx.actor, enterpriseId, evidenceId);
    },
  );

  app.get(
    '/enterprises/:enterpriseId/risk-units/:unitId/level-history',
    {
      schema: {
        tags,
        summary: "A unit's level history",
        params: unitParams,
        response: { 200: z.object({ data: z.array(levelHistoryEntry) }) },
      },
    },
    async (request) =>
      getLevelHistory(db, requireActor(request), request.params.enterpriseId, request.params.unitId),
  );
};
