import {
  assessmentRequest,
  assessmentResult,
  assessmentTableSet,
  enterpriseParam,
  evaluateRequest,
  eventParams,
  registerAbilities,
  riskAssessment,
  riskUnit,
  riskSettings,
  riskSettingsInput,
} from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext } from '../risk.database.ts';
import type { Db } from '../risk.database.ts';
import { requireActor } from '../../identity/index.ts';
import { assessRiskEvent } from './commands/assess-risk-event.ts';
import { inheritRiskTables } from './commands/inherit-risk-tables.ts';
import { updateRiskSettings } from './commands/update-risk-settings.ts';
import { evaluateForRequest } from './engine-call.ts';
import {
  findEventAssessments,
  getAssessmentOutcome,
  getRiskSettings,
  listAssessmentTables,
} from './queries/assessment-queries.ts';

const tags = ['risk'];
const settings = z.object({ data: riskSettings, abilities: registerAbilities });

/** Assessments of events, the stateless calculator, the table sets, and the enterprise's choices. */
export const assessmentRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.post(
    '/assessments/evaluate',
    {
      schema: {
        tags,
        summary: 'Calculator: score a method and inputs without storing anything',
        body: evaluateRequest,
        response: { 200: z.object({ data: assessmentResult }) },
      },
    },
    async (request) => {
      requireActor(request);
      // Only the table of the request's method is read; the others stay at their defaults.
      const version = request.body.tableVersion;
      return {
        data: evaluateForRequest(request.body, { lecTable: version, lsTable: version, mesTable: version }),
      };
    },
  );

  app.get(
    '/assessment-tables',
    {
      schema: {
        tags,
        summary: 'Factor and band table sets',
        response: { 200: z.object({ data: z.array(assessmentTableSet) }) },
      },
    },
    async (request) => {
      requireActor(request);
      return listAssessmentTables();
    },
  );

  app.post(
    '/enterprises/:enterpriseId/risk-events/:eventId/assessments',
    {
      schema: {
        tags,
        summary: 'Assess an event (inherent or residual) and store the snapshot',
        params: eventParams,
        body: assessmentRequest,
        response: { 201: z.object({ data: riskAssessment, unit: riskUnit }) },
      },
    },
    async (request, reply) => {
      const ctx = commandContext(request, db);
      const { enterpriseId, eventId } = request.params;
      const id = await assessRiskEvent(ctx, enterpriseId, eventId, request.body);
      return reply.status(201).send(await getAssessmentOutcome(db, ctx.actor, enterpriseId, id));
    },
  );

  app.get(
    '/enterprises/:enterpriseId/risk-events/:eventId/assessments',
    {
      schema: {
        tags,
        summary: "An event's assessment history",
        params: eventParams,
        response: { 200: z.object({ data: z.array(riskAssessment) }) },
      },
    },
    async (request) =>
      findEventAssessments(db, requireActor(request), request.params.enterpriseId, request.params.eventId),
  );

  app.get(
    '/enterprises/:enterpriseId/risk-settings',
    {
      schema: {
        tags,
        summary: "The enterprise's assessment method and tables",
        params: enterpriseParam,
        response: { 200: settings },
      },
    },
    async (request) => getRiskSettings(db, requireActor(request), request.params.enterpriseId),
  );

  app.put(
    '/enterprises/:enterpriseId/risk-settings',
    {
      schema: {
        tags,
        summary: 'Choose the assessment method and tables',
        params: enterpriseParam,
        body: riskSettingsInput,
        response: { 200: settings },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      await updateRiskSettings(ctx, request.params.enterpriseId, request.body);
      return getRiskSettings(db, ctx.actor, request.params.enterpriseId);
    },
  );

  app.delete(
    '/enterprises/:enterpriseId/risk-settings/tables',
    {
      schema: {
        tags,
        summary: "Drop the enterprise's own tables: follow its industry's default again",
        params: enterpriseParam,
        response: { 200: settings },
      },
    },
    async (request) => {
      const ctx = commandContext(request, db);
      await inheritRiskTables(ctx, request.params.enterpriseId);
      return getRiskSettings(db, ctx.actor, request.params.enterpriseId);
    },
  );
};
