import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  enterpriseTierExplanation,
  regionalRiskChanges,
  regionalRiskFilters,
  regionalRiskList,
  regionalRiskQuery,
  regionalRiskSort,
  regionalRiskSummary,
  regionalRoutes,
  saveTierTableBody,
  supervisionDashboard,
  tierList,
  tierListQuery,
  tierTable,
} from '@shuangkong/contracts';
import { forbidden } from '../../../kernel/index.ts';
import { commandContext, type Db } from '../supervision.database.ts';
import { getDashboard } from './dashboard/get-dashboard.ts';
import { mayConfigure, mayRead } from './regional.policy.ts';
import { exportTitle, writeRiskWorkbook, XLSX_MIME } from './risks/queries/export-risks.ts';
import { listRisks } from './risks/queries/list-risks.ts';
import { riskChanges } from './risks/queries/risk-changes.ts';
import { riskSummary } from './risks/queries/risk-summary.ts';
import { saveTierTable } from './tiers/commands/save-tier-table.ts';
import { getEnterpriseTier } from './tiers/queries/get-enterprise-tier.ts';
import { listTiers } from './tiers/queries/list-tiers.ts';
import { loadTierTable } from './tiers/tier-table.repository.ts';

/** 区域安全风险数据库, 分级监管 and the regulator's home figures; everything inside the caller's remit. */
export const regionalRoutesPlugin: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const reader = (request: Parameters<typeof commandContext>[0]) => {
    const ctx = commandContext(request, db);
    if (!mayRead(ctx.actor)) throw forbidden('supervision.read');
    return ctx;
  };

  app.get(
    regionalRoutes.risks,
    {
      schema: {
        summary: 'Major and significant risk units of every enterprise in the remit',
        querystring: regionalRiskQuery,
        response: { 200: regionalRiskList },
      },
    },
    async (request) => {
      const ctx = reader(request);
      return listRisks(ctx.db, ctx.actor, request.query);
    },
  );

  app.get(
    regionalRoutes.risksSummary,
    {
      schema: {
        summary: 'Counts of the filtered database by level, industry, township and accident type',
        querystring: regionalRiskFilters,
        response: { 200: z.object({ data: regionalRiskSummary }) },
      },
    },
    async (request) => {
      const ctx = reader(request);
      return { data: await riskSummary(ctx.db, ctx.actor, request.query) };
    },
  );

  app.get(
    regionalRoutes.risksChanges,
    {
      schema: {
        summary: 'Units newly graded major/significant, raised or lowered in the last 7 days',
        querystring: regionalRiskFilters.pick({ industry: true, township: true, q: true }),
        response: { 200: z.object({ data: regionalRiskChanges }) },
      },
    },
    async (request) => {
      const ctx = reader(request);
      return { data: await riskChanges(ctx.db, ctx.actor, request.query) };
    },
  );

  app.get(
    regionalRoutes.risksExport,
    {
      schema: {
        summary: 'The regional risk database as .xlsx, with the page’s filters and sort',
        querystring: regionalRiskFilters.extend({ sort: regionalRiskSort.default('level') }),
      },
    },
    async (request, reply) => {
      const ctx = reader(request);
      const { title, filename } = exportTitle(ctx.actor.name, new Date());
      const out = new PassThrough();
      writeRiskWorkbook(out, ctx.db, ctx.actor, request.query, title).catch((error: unknown) =>
        out.destroy(error instanceof Error ? error : new Error(String(error))),
      );
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
        .send(out);
    },
  );

  app.get(
    regionalRoutes.tiers,
    {
      schema: {
        summary: 'Every enterprise of the remit with its register level, adjusted level and tier',
        querystring: tierListQuery,
        response: { 200: tierList },
      },
    },
    async (request) => {
      const ctx = reader(request);
      return listTiers(ctx.db, ctx.actor, request.query);
    },
  );

  app.get(
    regionalRoutes.enterpriseTier,
    {
      schema: {
        summary: 'One enterprise’s level and tier with every step of the rule',
        params: z.object({ enterpriseId: z.uuid() }),
        response: { 200: z.object({ data: enterpriseTierExplanation }) },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      // Scope first (outsiders get 404), then the permission.
      const data = await getEnterpriseTier(ctx.db, ctx.actor, request.params.enterpriseId);
      if (!mayRead(ctx.actor)) throw forbidden('supervision.read');
      return { data };
    },
  );

  app.get(
    regionalRoutes.tierTable,
    { schema: { summary: 'The caller’s tier table (defaults until set)', response: { 200: tierTable } } },
    async (request) => {
      const ctx = reader(request);
      return {
        ...(await loadTierTable(ctx.db, ctx.actor)),
        abilities: { canConfigure: mayConfigure(ctx.actor) },
      };
    },
  );

  app.put(
    regionalRoutes.tierTable,
    {
      schema: {
        summary: 'Replaces the caller’s tier table (audited)',
        body: saveTierTableBody,
        response: { 200: tierTable },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      await saveTierTable(ctx, request.body);
      return {
        ...(await loadTierTable(ctx.db, ctx.actor)),
        abilities: { canConfigure: mayConfigure(ctx.actor) },
      };
    },
  );

  app.get(
    regionalRoutes.dashboard,
    {
      schema: {
        summary: 'The regulator’s home figures for today',
        response: { 200: z.object({ data: supervisionDashboard }) },
      },
    },
    async (request) => {
      const ctx = reader(request);
      return { data: await getDashboard(ctx.db, ctx.actor) };
    },
  );
};
