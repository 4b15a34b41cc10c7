import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addConflictBody,
  addPenaltyBody,
  createInspectionBody,
  createPoolBody,
  enforcementRoutes as paths,
  conflictRow,
  drawDetail as drawDetailSchema,
  drawSummary,
  drawVerification,
  enforcementPlanView,
  expertCoverage as expertCoverageSchema,
  inspectionDetail as inspectionDetailSchema,
  inspectionListQuery,
  inspectionView,
  makeDrawBody,
  penaltyView,
  planQuery,
  poolCandidates as poolCandidatesSchema,
  poolCandidatesQuery,
  poolDetail as poolDetailSchema,
  poolSummary,
  recordInspectionBody,
  removeConflictBody,
  setPlanBody,
  verifyDrawBody,
  enterpriseScale,
  enforcementLevel,
} from '@shuangkong/contracts';
import { commandContext, type Db } from '../supervision.database.ts';
import { drawDetail, listDraws, verifyDraw, verifyStoredDraw } from './draw/draw-queries.ts';
import { makeDraw } from './draw/make-draw.ts';
import { regulatorOf } from './enforcement-scope.ts';
import {
  addConflict,
  addPenalty,
  createInspection,
  publishInspection,
  recordInspection,
  removeConflict,
} from './inspections/inspection-commands.ts';
import {
  expertCoverage,
  inspectionDetail,
  listConflicts,
  listInspections,
  listPenalties,
} from './inspections/inspection-queries.ts';
import { currentYear, getEnforcementPlan, setEnforcementPlan } from './plan/enforcement-plan.ts';
import { createPool, filePool, listPools, poolCandidates, poolDetail } from './pools/inspection-pools.ts';

const idParams = z.object({ id: z.uuid() });
const entParams = z.object({ enterpriseId: z.uuid(), id: z.uuid() });
const created = { 201: z.object({ data: z.object({ id: z.uuid() }) }) };
const list = (s: string) => (s ? s.split(',').filter(Boolean) : []);

/** 执法检查: the plan, pools, draws and their verification, inspections, penalties, conflicts. */
export const enforcementRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    paths.plan,
    { schema: { querystring: planQuery, response: { 200: z.object({ data: enforcementPlanView }) } } },
    async (request) => ({
      data: await getEnforcementPlan(commandContext(request, db), request.query.year ?? currentYear()),
    }),
  );
  app.put(paths.plan, { schema: { body: setPlanBody } }, async (request, reply) => {
    await setEnforcementPlan(commandContext(request, db), request.body);
    return reply.status(204).send();
  });

  app.get(
    paths.poolCandidates,
    {
      schema: {
        querystring: poolCandidatesQuery,
        response: { 200: z.object({ data: poolCandidatesSchema }) },
      },
    },
    async (request) => {
      const q = request.query;
      const filters = {
        industryCodes: list(q.industryCodes ?? ''),
        scales: z.array(enterpriseScale).parse(list(q.scales ?? '')),
        levels: z.array(enforcementLevel).parse(list(q.levels ?? '')),
      };
      return { data: await poolCandidates(commandContext(request, db), filters) };
    },
  );
  app.get(
    paths.pools,
    { schema: { response: { 200: z.object({ data: z.array(poolSummary) }) } } },
    async (request) => ({
      data: await listPools(commandContext(request, db)),
    }),
  );
  app.post(paths.pools, { schema: { body: createPoolBody, response: created } }, async (request, reply) =>
    reply.status(201).send({ data: await createPool(commandContext(request, db), request.body) }),
  );
  app.get(
    paths.pool,
    { schema: { params: idParams, response: { 200: z.object({ data: poolDetailSchema }) } } },
    async (request) => ({
      data: await poolDetail(commandContext(request, db), request.params.id),
    }),
  );
  app.post(paths.filePool, { schema: { params: idParams } }, async (request) => ({
    data: await filePool(commandContext(request, db), request.params.id),
  }));

  app.get(
    paths.draws,
    { schema: { response: { 200: z.object({ data: z.array(drawSummary) }) } } },
    async (request) => ({
      data: await listDraws(commandContext(request, db)),
    }),
  );
  app.post(paths.draws, { schema: { body: makeDrawBody, response: created } }, async (request, reply) =>
    reply.status(201).send({ data: await makeDraw(commandContext(request, db), request.body) }),
  );
  app.post(
    paths.verifyDraw,
    { schema: { body: verifyDrawBody, response: { 200: z.object({ data: drawVerification }) } } },
    async (request) => {
      regulatorOf(commandContext(request, db).actor, 'supervision.read');
      return { data: verifyDraw(request.body) };
    },
  );
  app.get(
    paths.draw,
    { schema: { params: idParams, response: { 200: z.object({ data: drawDetailSchema }) } } },
    async (request) => ({
      data: await drawDetail(commandContext(request, db), request.params.id),
    }),
  );
  app.get(
    paths.drawVerification,
    { schema: { params: idParams, response: { 200: z.object({ data: drawVerification }) } } },
    async (request) => ({ data: await verifyStoredDraw(commandContext(request, db), request.params.id) }),
  );

  app.get(
    paths.conflicts,
    { schema: { response: { 200: z.object({ data: z.array(conflictRow) }) } } },
    async (request) => ({
      data: await listConflicts(commandContext(request, db)),
    }),
  );
  app.post(
    paths.conflicts,
    { schema: { body: addConflictBody, response: created } },
    async (request, reply) =>
      reply.status(201).send({ data: await addConflict(commandContext(request, db), request.body) }),
  );
  app.post(
    paths.removeConflict,
    { schema: { params: entParams, body: removeConflictBody } },
    async (request, reply) => {
      await removeConflict(
        commandContext(request, db),
        request.params.enterpriseId,
        request.params.id,
        request.body.reason,
      );
      return reply.status(204).send();
    },
  );

  app.get(
    paths.inspections,
    {
      schema: {
        querystring: inspectionListQuery,
        response: { 200: z.object({ data: z.array(inspectionView) }) },
      },
    },
    async (request) => ({ data: await listInspections(commandContext(request, db), request.query) }),
  );
  app.post(
    paths.inspections,
    { schema: { body: createInspectionBody, response: created } },
    async (request, reply) =>
      reply.status(201).send({ data: await createInspection(commandContext(request, db), request.body) }),
  );
  app.get(
    paths.inspection,
    { schema: { params: entParams, response: { 200: z.object({ data: inspectionDetailSchema }) } } },
    async (request) => ({
      data: await inspectionDetail(
        commandContext(request, db),
        request.params.enterpriseId,
        request.params.id,
      ),
    }),
  );
  app.post(
    paths.recordInspection,
    { schema: { params: entParams, body: recordInspectionBody } },
    async (request) => ({
      data: await recordInspection(
        commandContext(request, db),
        request.params.enterpriseId,
        request.params.id,
        request.body,
      ),
    }),
  );
  app.post(paths.publishInspection, { schema: { params: entParams } }, async (request, reply) => {
    await publishInspection(commandContext(request, db), request.params.enterpriseId, request.params.id);
    return reply.status(204).send();
  });

  app.get(
    paths.penalties,
    { schema: { response: { 200: z.object({ data: z.array(penaltyView) }) } } },
    async (request) => ({
      data: await listPenalties(commandContext(request, db)),
    }),
  );
  app.post(paths.penalties, { schema: { body: addPenaltyBody, response: created } }, async (request, reply) =>
    reply.status(201).send({ data: await addPenalty(commandContext(request, db), request.body) }),
  );
  app.get(
    paths.expertCoverage,
    { schema: { querystring: planQuery, response: { 200: z.object({ data: expertCoverageSchema }) } } },
    async (request) => ({
      data: await expertCoverage(commandContext(request, db), request.query.year ?? currentYear()),
    }),
  );
};
