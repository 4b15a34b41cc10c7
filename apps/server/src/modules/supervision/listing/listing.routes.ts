import fastifyMultipart from '@fastify/multipart';
import {
  createListingBody,
  delistBody,
  exposeBody,
  listingAgency,
  listingDetail,
  listingList,
  listingListQuery,
  listingRoutes,
  publicListedHazard,
  recordEvaluationBody,
  recordInterviewBody,
  recordVerificationBody,
  requestEvaluationBody,
} from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, forbidden, notFound } from '../../../kernel/index.ts';
import { FileMissingError, fileErrors, storeUpload } from '../../../platform/files/index.ts';
import type { ModuleEnvironment } from '../../../platform/modules/index.ts';
import { commandContext, type Db } from '../supervision.database.ts';
import { createListing } from './commands/create-listing.ts';
import { delistHazard } from './commands/delist.ts';
import { exposeListing, recordInterview } from './commands/escalation.ts';
import { recordEvaluation } from './commands/record-evaluation.ts';
import { recordVerification } from './commands/record-verification.ts';
import { requestEvaluation } from './commands/request-evaluation.ts';
import { listingErrors } from './listing.errors.ts';
import { mayCreate, mayDo } from './listing.policy.ts';
import { ListingScope } from './listing-scope.ts';
import { getListing } from './queries/get-listing.ts';
import { listAgencies } from './queries/list-agencies.ts';
import { listListings } from './queries/list-listings.ts';
import { publicListings } from './queries/public-listings.ts';

const tags = ['supervision'];
const idParams = z.object({ id: z.uuid() });
const created = { 201: z.object({ data: z.object({ id: z.uuid() }) }) };
const detailResponse = { 200: z.object({ data: listingDetail }) };
/** An evaluation report: a PDF or scanned pages. */
const REPORT_KINDS = ['pdf', 'jpeg', 'png'] as const;
const REPORT_MAX_BYTES = 20 * 1024 * 1024;

type Options = { db: Db; env: ModuleEnvironment };

/** 挂牌督办: list, follow, evaluate, verify, escalate and delist listed major hazards. */
export const listingRoutesPlugin: FastifyPluginAsyncZod<Options> = async (app, { db, env }) => {
  app.get(
    listingRoutes.list,
    {
      schema: {
        tags,
        summary:
          'Listed major hazards the caller may see (regulators: in remit; enterprise: its own; agency: commissioned)',
        querystring: listingListQuery,
        response: { 200: listingList },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      const visible =
        ctx.actor.permissions.has('supervision.read') ||
        ctx.actor.permissions.has('supervision.respond') ||
        ctx.actor.permissions.has('supervision.evaluate');
      if (!visible) throw forbidden('supervision.read');
      return {
        data: await listListings(ctx.db, ctx.actor, request.query),
        abilities: { create: mayCreate(ctx.actor) },
      };
    },
  );

  app.post(
    listingRoutes.list,
    {
      schema: {
        tags,
        summary: 'List a major hazard for supervision (挂牌督办)',
        body: createListingBody,
        response: created,
      },
    },
    async (request, reply) => {
      const ctx = commandContext(request, db);
      return reply.status(201).send({ data: await createListing(ctx, request.body) });
    },
  );

  app.get(
    listingRoutes.detail,
    { schema: { tags, params: idParams, response: detailResponse } },
    async (request) => {
      const ctx = commandContext(request, db);
      const scope = await ListingScope.load(ctx.db, ctx.actor, request.params.id);
      return { data: await getListing(ctx.db, ctx.actor, scope) };
    },
  );

  const detailAfter = async (request: Parameters<typeof commandContext>[0], id: string) => {
    const ctx = commandContext(request, db);
    return { data: await getListing(ctx.db, ctx.actor, await ListingScope.load(ctx.db, ctx.actor, id)) };
  };

  app.post(
    listingRoutes.requestEvaluation,
    {
      schema: {
        tags,
        summary: 'The enterprise, its hazard accepted, asks its commissioned agency for the evaluation',
        params: idParams,
        body: requestEvaluationBody,
        response: detailResponse,
      },
    },
    async (request) => {
      await requestEvaluation(commandContext(request, db), request.params.id, request.body);
      return detailAfter(request, request.params.id);
    },
  );

  app.post(
    listingRoutes.evaluations,
    {
      schema: {
        tags,
        summary: 'The agency records its third-party evaluation',
        params: idParams,
        body: recordEvaluationBody,
        response: detailResponse,
      },
    },
    async (request) => {
      await recordEvaluation(commandContext(request, db), request.params.id, request.body);
      return detailAfter(request, request.params.id);
    },
  );

  app.post(
    listingRoutes.verifications,
    {
      schema: {
        tags,
        summary: 'The regulator records its on-site verification',
        params: idParams,
        body: recordVerificationBody,
        response: detailResponse,
      },
    },
    async (request) => {
      await recordVerification(commandContext(request, db), request.params.id, request.body);
      return detailAfter(request, request.params.id);
    },
  );

  app.post(
    listingRoutes.delisting,
    {
      schema: {
        tags,
        summary: 'Delist (摘牌) with a public notice',
        params: idParams,
        body: delistBody,
        response: detailResponse,
      },
    },
    async (request) => {
      await delistHazard(commandContext(request, db), request.params.id, request.body);
      return detailAfter(request, request.params.id);
    },
  );

  app.post(
    listingRoutes.interviews,
    {
      schema: {
        tags,
        summary: 'Record an interview (约谈) over a missed deadline',
        params: idParams,
        body: recordInterviewBody,
        response: detailResponse,
      },
    },
    async (request) => {
      await recordInterview(commandContext(request, db), request.params.id, request.body);
      return detailAfter(request, request.params.id);
    },
  );

  app.post(
    listingRoutes.exposure,
    {
      schema: {
        tags,
        summary: 'Decide and publish the exposure (曝光) of a missed deadline',
        params: idParams,
        body: exposeBody,
        response: detailResponse,
      },
    },
    async (request) => {
      await exposeListing(commandContext(request, db), request.params.id, request.body);
      return detailAfter(request, request.params.id);
    },
  );

  app.get(
    listingRoutes.agencies,
    {
      schema: {
        tags,
        summary: 'Third-party agency accounts an enterprise may commission for the evaluation',
        response: { 200: z.object({ data: z.array(listingAgency) }) },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      if (!ctx.actor.permissions.has('supervision.respond') && !ctx.actor.permissions.has('supervision.read'))
        throw forbidden('supervision.respond');
      return { data: await listAgencies(ctx.db) };
    },
  );

  app.get(
    listingRoutes.public,
    {
      schema: {
        tags,
        summary:
          'The public list of listed major hazards (公开挂牌督办名单); no sign-in, published facts only',
        response: { 200: z.object({ data: z.array(publicListedHazard) }) },
      },
    },
    async () => ({ data: await publicListings(db) }),
  );

  // The agency's report upload and download: agency accounts have no enterprise, so the report is
  // filed under the listed enterprise, reachable by the agency through this listing only.
  await app.register(async (instance) => {
    const files = instance.withTypeProvider<ZodTypeProvider>();
    await files.register(fastifyMultipart, { limits: { fileSize: REPORT_MAX_BYTES, files: 1, fields: 5 } });

    files.post(
      listingRoutes.evaluationReport,
      {
        schema: {
          tags,
          summary: 'The agency uploads its evaluation report (multipart field "file": PDF or scans)',
          params: idParams,
          consumes: ['multipart/form-data'],
        },
      },
      async (request, reply) => {
        const ctx = commandContext(request, db);
        const scope = await ListingScope.load(ctx.db, ctx.actor, request.params.id);
        if (!mayDo(ctx.actor, scope, 'recordEvaluation')) throw forbidden('supervision.evaluate');
        const listing = await ctx.db
          .selectFrom('supervisionHazardListings')
          .select('state')
          .where('enterpriseId', '=', scope.enterpriseId)
          .where('id', '=', scope.id)
          .executeTakeFirstOrThrow();
        if (listing.state !== 'evaluating')
          throw listingErrors.refused('LISTING_INVALID_TRANSITION', listing.state, 'recordEvaluation');
        let part;
        try {
          part = await request.file();
        } catch {
          part = undefined;
        }
        if (!part || part.fieldname !== 'file')
          throw new AppError('VALIDATION_FAILED', 400, 'file: send one file in the multipart field "file"', {
            field: 'file',
          });
        let buffer: Buffer;
        try {
          buffer = await part.toBuffer();
        } catch (error) {
          if (
            typeof error === 'object' &&
            error !== null &&
            'code' in error &&
            error.code === 'FST_REQ_FILE_TOO_LARGE'
          )
            throw fileErrors.tooLarge(REPORT_MAX_BYTES);
          throw error;
        }
        const data = await storeUpload({
          db: ctx.db,
          storage: env.files,
          enterpriseId: scope.enterpriseId,
          uploadedBy: ctx.actor.userId,
          filename: part.filename,
          bytes: buffer,
          allowed: REPORT_KINDS,
          maxBytes: REPORT_MAX_BYTES,
        });
        return reply.status(201).send({ data });
      },
    );

    files.get(
      listingRoutes.evaluationReportFile,
      {
        schema: {
          tags,
          summary: 'An evaluation report of this listing',
          params: z.object({ id: z.uuid(), fileId: z.uuid() }),
        },
      },
      async (request, reply) => {
        const ctx = commandContext(request, db);
        const scope = await ListingScope.load(ctx.db, ctx.actor, request.params.id);
        const file = await ctx.db
          .selectFrom('supervisionListingEvaluations as v')
          .innerJoin('files as f', (j) =>
            j.onRef('f.enterpriseId', '=', 'v.enterpriseId').onRef('f.id', '=', 'v.reportFileId'),
          )
          .select(['f.storageKey', 'f.mimeType', 'f.sizeBytes', 'f.originalName'])
          .where('v.enterpriseId', '=', scope.enterpriseId)
          .where('v.listingId', '=', scope.id)
          .where('v.reportFileId', '=', request.params.fileId)
          .executeTakeFirst();
        if (!file) throw notFound('File');
        let stream;
        try {
          stream = await env.files.get(file.storageKey);
        } catch (error) {
          if (error instanceof FileMissingError) throw notFound('File');
          throw error;
        }
        return reply
          .type(file.mimeType)
          .header('content-length', String(file.sizeBytes))
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.originalName)}`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, max-age=86400, immutable')
          .send(stream);
      },
    );
  });
};
