import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assignmentDetail,
  assignmentListQuery,
  assignmentRoutes,
  assignmentState,
  assignmentSummary,
  assignRiskBody,
  bulletinDetail,
  bulletinSummary,
  issueBulletinBody,
  publicCloseOut,
  requestCloseOutBody,
  verifyCloseOutBody,
} from '@shuangkong/contracts';
import { forbidden } from '../../../kernel/index.ts';
import { commandContext, type Db } from '../supervision.database.ts';
import { assignmentInRemit, enterpriseOfLetters } from './assignment-scope.ts';
import {
  getEnterpriseBulletin,
  getRegulatorBulletin,
  issueBulletin,
  listEnterpriseBulletins,
  listRegulatorBulletins,
} from './bulletins/bulletins.ts';
import { assignRisk } from './commands/assign-risk.ts';
import { acknowledgeLetter, markReceived } from './commands/letter-receipt.ts';
import { requestCloseOut } from './commands/request-close-out.ts';
import { verifyCloseOut } from './commands/verify-close-out.ts';
import { getAssignment } from './queries/get-assignment.ts';
import { listAssignmentsForRegulator, listAssignmentsOfEnterprise } from './queries/list-assignments.ts';
import { listPublicCloseOuts } from './queries/public-close-outs.ts';

const idParams = z.object({ id: z.uuid() });
const enterpriseParams = z.object({ enterpriseId: z.uuid() });
const enterpriseIdParams = z.object({ enterpriseId: z.uuid(), id: z.uuid() });
const stepAnswer = z.object({ data: z.object({ id: z.string(), state: assignmentState }) });
const envelope = <T extends z.ZodType>(t: T) => z.object({ data: t });

/** 登记造册, 交办, 销号 and 通报: the regulators' routes, the enterprises' and the public list. */
export const assignmentRoutesPlugin: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  // ---- regulators ----
  app.get(
    assignmentRoutes.list,
    { schema: { querystring: assignmentListQuery, response: { 200: envelope(z.array(assignmentSummary)) } } },
    async (request) => {
      const ctx = commandContext(request, db);
      if (!ctx.actor.permissions.has('supervision.read')) throw forbidden('supervision.read');
      return { data: await listAssignmentsForRegulator(ctx.db, ctx.actor, request.query) };
    },
  );
  app.get(
    assignmentRoutes.detail,
    { schema: { params: idParams, response: { 200: envelope(assignmentDetail) } } },
    async (request) => {
      const ctx = commandContext(request, db);
      const { enterpriseId } = await assignmentInRemit(ctx.db, ctx.actor, request.params.id);
      return {
        data: await getAssignment(ctx.db, ctx.actor, enterpriseId, request.params.id, { lettersOnly: false }),
      };
    },
  );
  app.post(
    assignmentRoutes.assign,
    {
      schema: {
        params: idParams,
        body: assignRiskBody,
        response: {
          200: z.object({
            data: z.object({ id: z.string(), state: assignmentState, docNumber: z.string() }),
          }),
        },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      return { data: await assignRisk(ctx, request.params.id, request.body) };
    },
  );
  app.post(
    assignmentRoutes.verify,
    { schema: { params: idParams, body: verifyCloseOutBody, response: { 200: stepAnswer } } },
    async (request) => {
      const ctx = commandContext(request, db);
      return { data: await verifyCloseOut(ctx, request.params.id, request.body) };
    },
  );
  app.get(
    assignmentRoutes.bulletins,
    { schema: { response: { 200: envelope(z.array(bulletinSummary)) } } },
    async (request) => {
      const ctx = commandContext(request, db);
      return { data: await listRegulatorBulletins(ctx.db, ctx.actor) };
    },
  );
  app.post(
    assignmentRoutes.bulletins,
    {
      schema: {
        body: issueBulletinBody,
        response: { 200: z.object({ data: z.object({ id: z.string(), docNumber: z.string() }) }) },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      return { data: await issueBulletin(ctx, request.body) };
    },
  );
  app.get(
    assignmentRoutes.bulletin,
    { schema: { params: idParams, response: { 200: envelope(bulletinDetail) } } },
    async (request) => {
      const ctx = commandContext(request, db);
      return { data: await getRegulatorBulletin(ctx.db, ctx.actor, request.params.id) };
    },
  );

  // ---- the enterprise's letters ----
  app.get(
    assignmentRoutes.enterpriseList,
    { schema: { params: enterpriseParams, response: { 200: envelope(z.array(assignmentSummary)) } } },
    async (request) => {
      const ctx = commandContext(request, db);
      const scope = await enterpriseOfLetters(ctx.db, ctx.actor, request.params.enterpriseId);
      return { data: await listAssignmentsOfEnterprise(ctx.db, ctx.actor, scope.id) };
    },
  );
  app.get(
    assignmentRoutes.enterpriseDetail,
    { schema: { params: enterpriseIdParams, response: { 200: envelope(assignmentDetail) } } },
    async (request) => {
      const ctx = commandContext(request, db);
      const scope = await enterpriseOfLetters(ctx.db, ctx.actor, request.params.enterpriseId);
      // Reading it first proves it exists and is a letter; the receipt follows for the own staff.
      await getAssignment(ctx.db, ctx.actor, scope.id, request.params.id, { lettersOnly: true });
      if (scope.isOwn) await markReceived(ctx, scope.id, request.params.id);
      return {
        data: await getAssignment(ctx.db, ctx.actor, scope.id, request.params.id, { lettersOnly: true }),
      };
    },
  );
  app.post(
    assignmentRoutes.acknowledge,
    { schema: { params: enterpriseIdParams, response: { 200: stepAnswer } } },
    async (request) => {
      const ctx = commandContext(request, db);
      const scope = await enterpriseOfLetters(ctx.db, ctx.actor, request.params.enterpriseId);
      await getAssignment(ctx.db, ctx.actor, scope.id, request.params.id, { lettersOnly: true });
      return { data: await acknowledgeLetter(ctx, scope.id, request.params.id) };
    },
  );
  app.post(
    assignmentRoutes.requestCloseOut,
    { schema: { params: enterpriseIdParams, body: requestCloseOutBody, response: { 200: stepAnswer } } },
    async (request) => {
      const ctx = commandContext(request, db);
      const scope = await enterpriseOfLetters(ctx.db, ctx.actor, request.params.enterpriseId);
      await getAssignment(ctx.db, ctx.actor, scope.id, request.params.id, { lettersOnly: true });
      const result = await requestCloseOut(ctx, scope.id, request.params.id, request.body);
      return { data: { id: result.id, state: result.state } };
    },
  );
  app.get(
    assignmentRoutes.enterpriseBulletins,
    { schema: { params: enterpriseParams, response: { 200: envelope(z.array(bulletinSummary)) } } },
    async (request) => {
      const ctx = commandContext(request, db);
      const scope = await enterpriseOfLetters(ctx.db, ctx.actor, request.params.enterpriseId);
      return { data: await listEnterpriseBulletins(ctx.db, scope.id) };
    },
  );
  app.get(
    assignmentRoutes.enterpriseBulletin,
    { schema: { params: enterpriseIdParams, response: { 200: envelope(bulletinDetail) } } },
    async (request) => {
      const ctx = commandContext(request, db);
      const scope = await enterpriseOfLetters(ctx.db, ctx.actor, request.params.enterpriseId);
      return { data: await getEnterpriseBulletin(ctx.db, scope.id, request.params.id) };
    },
  );

  // ---- public: no session; published fields only ----
  app.get(
    assignmentRoutes.publicCloseOuts,
    { schema: { summary: '重大风险销号公示', response: { 200: envelope(z.array(publicCloseOut)) } } },
    async () => ({ data: await listPublicCloseOuts(db) }),
  );
};
