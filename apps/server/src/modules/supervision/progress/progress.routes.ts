import {
  attachment2,
  attachment2Query,
  attachment3,
  attachment3Query,
  progressDashboard as progressDashboardSchema,
  progressDashboardQuery,
  progressDetail,
  progressDetailQuery,
  progressList,
  progressListQuery,
  progressReport,
  progressReportDraft,
  progressReportDraftQuery,
  progressRoutes,
  reviewProgressReportBody,
  submitProgressReportBody,
} from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { forbidden, notFound } from '../../../kernel/index.ts';
import { shanghaiCivilDate } from '../../../platform/calendar/index.ts';
import { commandContext, type Db } from '../supervision.database.ts';
import { reviewReport } from './commands/review-report.ts';
import { submitReport } from './commands/submit-report.ts';
import { mayReadProgress } from './progress.policy.ts';
import {
  ATTACHMENT2_TITLE,
  ATTACHMENT3_TITLE,
  attachment2Workbook,
  attachment3Workbook,
  attachmentFilename,
  XLSX_MIME,
} from './progress-workbook.ts';
import {
  attachment2 as attachment2Of,
  attachment3 as attachment3Of,
  progressDashboard,
} from './queries/monthly-tables.ts';
import { progressView } from './queries/progress-view.ts';
import { getReport, listReports, reportDraft } from './queries/report-queries.ts';

const enterpriseParams = z.object({ enterpriseId: z.uuid() });
const reportParams = z.object({ enterpriseId: z.uuid(), id: z.uuid() });

/** 双控机制建设进展: the regulators' dashboard, table and monthly tables; the enterprises' monthly reports. */
export const progressRoutesPlugin: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const regulatorContext = (request: Parameters<typeof commandContext>[0]) => {
    const ctx = commandContext(request, db);
    if (!mayReadProgress(ctx.actor)) throw forbidden('supervision.read');
    return ctx;
  };

  app.get(
    progressRoutes.enterprises,
    {
      schema: {
        summary: 'Every enterprise in the remit with its build-progress milestones for a month',
        querystring: progressListQuery,
        response: { 200: progressList },
      },
    },
    async (request) => {
      const ctx = regulatorContext(request);
      const { page, pageSize, month, ...filter } = request.query;
      const view = await progressView(ctx.db, ctx.actor, filter, month, new Date());
      return {
        month: view.frame.month,
        data: view.rows.slice((page - 1) * pageSize, page * pageSize),
        total: view.rows.length,
      };
    },
  );

  app.get(
    progressRoutes.enterprise,
    {
      schema: {
        summary: 'One enterprise’s milestones and what it lacks (404 outside the remit)',
        params: enterpriseParams,
        querystring: progressDetailQuery,
        response: { 200: progressDetail },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      const view = await progressView(
        ctx.db,
        ctx.actor,
        { enterpriseId: request.params.enterpriseId },
        request.query.month,
        new Date(),
      );
      const row = view.rows[0];
      if (!row) throw notFound('Enterprise');
      if (!mayReadProgress(ctx.actor)) throw forbidden('supervision.read');
      return { month: view.frame.month, data: row };
    },
  );

  app.get(
    progressRoutes.dashboard,
    {
      schema: {
        summary: 'Counts and shares per milestone by township, industry or department',
        querystring: progressDashboardQuery,
        response: { 200: progressDashboardSchema },
      },
    },
    async (request) => {
      const ctx = regulatorContext(request);
      return progressDashboard(ctx.db, ctx.actor, request.query, new Date());
    },
  );

  app.get(
    progressRoutes.attachment2,
    {
      schema: { summary: '附件2 of a month', querystring: attachment2Query, response: { 200: attachment2 } },
    },
    async (request) => {
      const ctx = regulatorContext(request);
      const { month, rows } = await attachment2Of(ctx.db, ctx.actor, request.query, new Date());
      return { month, rows };
    },
  );

  app.get(
    progressRoutes.attachment2Xlsx,
    { schema: { summary: '附件2 of a month as .xlsx', querystring: attachment2Query } },
    async (request, reply) => {
      const ctx = regulatorContext(request);
      const now = new Date();
      const table = await attachment2Of(ctx.db, ctx.actor, request.query, now);
      const body = await attachment2Workbook(table, shanghaiCivilDate(now));
      return reply
        .type(XLSX_MIME)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(attachmentFilename(ATTACHMENT2_TITLE, table.month))}`,
        )
        .send(body);
    },
  );

  app.get(
    progressRoutes.attachment3,
    {
      schema: { summary: '附件3 of a month', querystring: attachment3Query, response: { 200: attachment3 } },
    },
    async (request) => {
      const ctx = regulatorContext(request);
      return attachment3Of(ctx.db, ctx.actor, request.query, new Date());
    },
  );

  app.get(
    progressRoutes.attachment3Xlsx,
    { schema: { summary: '附件3 of a month as .xlsx', querystring: attachment3Query } },
    async (request, reply) => {
      const ctx = regulatorContext(request);
      const now = new Date();
      const table = await attachment3Of(ctx.db, ctx.actor, request.query, now);
      const body = await attachment3Workbook(table, shanghaiCivilDate(now));
      return reply
        .type(XLSX_MIME)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(attachmentFilename(ATTACHMENT3_TITLE, table.month))}`,
        )
        .send(body);
    },
  );

  app.get(
    progressRoutes.reports,
    {
      schema: {
        summary: 'An enterprise’s monthly progress reports, newest first',
        params: enterpriseParams,
        response: { 200: z.object({ data: z.array(progressReport) }) },
      },
    },
    async (request) => ({
      data: await listReports(commandContext(request, db), request.params.enterpriseId),
    }),
  );

  app.get(
    progressRoutes.reportDraft,
    {
      schema: {
        summary: 'A month’s report form prefilled from the enterprise’s data',
        params: enterpriseParams,
        querystring: progressReportDraftQuery,
        response: { 200: z.object({ data: progressReportDraft }) },
      },
    },
    async (request) => ({
      data: await reportDraft(commandContext(request, db), request.params.enterpriseId, request.query.month),
    }),
  );

  app.get(
    progressRoutes.report,
    {
      schema: { params: reportParams, response: { 200: z.object({ data: progressReport }) } },
    },
    async (request) => ({
      data: await getReport(commandContext(request, db), request.params.enterpriseId, request.params.id),
    }),
  );

  app.post(
    progressRoutes.reports,
    {
      schema: {
        summary: 'The safety manager submits the month’s report (or a returned one again)',
        params: enterpriseParams,
        body: submitProgressReportBody,
        response: { 201: z.object({ data: progressReport }) },
      },
    },
    async (request, reply) => {
      const data = await submitReport(commandContext(request, db), request.params.enterpriseId, request.body);
      return reply.status(201).send({ data });
    },
  );

  app.post(
    progressRoutes.reviewReport,
    {
      schema: {
        summary: 'A regulator accepts a report or returns it with a reason',
        params: reportParams,
        body: reviewProgressReportBody,
        response: { 200: z.object({ data: progressReport }) },
      },
    },
    async (request) => ({
      data: await reviewReport(
        commandContext(request, db),
        request.params.enterpriseId,
        request.params.id,
        request.body,
      ),
    }),
  );
};
