import {
  riskTemplateLibrary,
  riskTemplateSummary,
  templateCopyInput,
  templateCopyParams,
  templateCopyResult,
  type RiskTemplateSummary,
} from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext } from '../risk.database.ts';
import type { Db } from '../risk.database.ts';
import { notFound } from '../../../kernel/index.ts';
import { requireActor } from '../../identity/index.ts';
import { copyTemplate } from './commands/copy-template.ts';
import { expandTemplate } from './expand-template.ts';
import { riskTemplates } from './risk-templates.ts';

const tags = ['risk-templates'];
let summaries: RiskTemplateSummary[] | undefined;

function summarise(industryCode: string): RiskTemplateSummary | undefined {
  const library = expandTemplate(industryCode);
  if (!library) return undefined;
  const units = library.objects.flatMap((o) => o.units);
  const events = units.flatMap((u) => u.events);
  return {
    industryCode: library.industryCode,
    nameZh: library.nameZh,
    servesIndustryCodes: library.servesIndustryCodes,
    objectCount: library.objects.length,
    unitCount: units.length,
    eventCount: events.length,
    measureCount: events.reduce((n, e) => n + e.measures.length, 0),
  };
}

/** Industry starter libraries: browse them, and copy units into an enterprise's register. */
export const templateRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/risk-templates',
    {
      schema: {
        tags,
        summary: 'Industry starter libraries with their sizes',
        response: { 200: z.object({ data: z.array(riskTemplateSummary) }) },
      },
    },
    async (request) => {
      requireActor(request);
      // The libraries are code, so their summaries never change while the process runs.
      summaries ??= riskTemplates.flatMap((t) => summarise(t.industryCode) ?? []);
      return { data: summaries };
    },
  );

  app.get(
    '/risk-templates/:industryCode',
    {
      schema: {
        tags,
        summary: "One industry's library: objects → units → events (default LEC, levels) → measures",
        params: z.object({ industryCode: z.string().min(1).max(60) }),
        response: { 200: z.object({ data: riskTemplateLibrary }) },
      },
    },
    async (request) => {
      requireActor(request);
      const library = expandTemplate(request.params.industryCode);
      if (!library) throw notFound('Risk template');
      return { data: library };
    },
  );

  app.post(
    '/enterprises/:enterpriseId/risk-templates/:industryCode/copies',
    {
      schema: {
        tags,
        summary: 'Copy template units into the register as drafts (all units when unitKeys is absent)',
        params: templateCopyParams,
        body: templateCopyInput,
        response: { 201: z.object({ data: templateCopyResult }) },
      },
    },
    async (request, reply) => {
      const { enterpriseId, industryCode } = request.params;
      const data = await copyTemplate(commandContext(request, db), enterpriseId, industryCode, request.body);
      return reply.status(201).send({ data });
    },
  );
};
