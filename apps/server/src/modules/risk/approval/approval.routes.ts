import {
  riskApprovalStepBody,
  riskUnitApprovalResponse,
  riskUnitVersionList,
  riskUnitVersionParams,
  riskUnitVersionResponse,
  unitParams,
} from '@shuangkong/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { commandContext } from '../risk.database.ts';
import type { Db } from '../risk.database.ts';
import { requireActor } from '../../identity/index.ts';
import { signUnitStep, type SignedAction } from './commands/sign-unit-step.ts';
import { findUnitVersions, getUnitVersion } from './queries/find-unit-versions.ts';
import { getUnitApproval } from './queries/get-unit-approval.ts';

const tags = ['risk-approval'];
const base = '/enterprises/:enterpriseId/risk-units/:unitId';

// The endpoint of each step names the act, as the architecture asks (never PATCH {status}).
const steps: { path: string; action: SignedAction; summary: string }[] = [
  { path: 'submission', action: 'submit', summary: 'Submit a drafted unit for the workshop review (提交)' },
  { path: 'withdrawal', action: 'withdraw', summary: 'Withdraw an own submission back to draft (撤回)' },
  {
    path: 'review',
    action: 'review',
    summary: 'Workshop review of a submitted unit (审核); not by the submitter',
  },
  {
    path: 'rejection',
    action: 'reject',
    summary: 'Turn a submitted or reviewed unit back to draft with a reason (退回)',
  },
  {
    path: 'approval',
    action: 'approve',
    summary: 'Approve a reviewed unit (审定); not by its reviewer; makes a new version',
  },
];

/** The approval chain of a risk unit, its signed steps and its approved versions. */
export const approvalRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  for (const s of steps) {
    app.post(
      `${base}/${s.path}`,
      {
        schema: {
          tags,
          summary: s.summary,
          params: unitParams,
          body: riskApprovalStepBody,
          response: { 200: riskUnitApprovalResponse },
        },
      },
      async (request) => {
        const ctx = commandContext(request, db);
        const { enterpriseId, unitId } = request.params;
        await signUnitStep(ctx, { enterpriseId, unitId, action: s.action, comment: request.body.comment });
        return getUnitApproval(db, ctx.actor, enterpriseId, unitId);
      },
    );
  }

  app.get(
    `${base}/signatures`,
    {
      schema: {
        tags,
        summary: "A unit's approval state and signed steps",
        params: unitParams,
        response: { 200: riskUnitApprovalResponse },
      },
    },
    async (request) =>
      getUnitApproval(db, requireActor(request), request.params.enterpriseId, request.params.unitId),
  );

  app.get(
    `${base}/versions`,
    {
      schema: {
        tags,
        summary: "A unit's approved versions",
        params: unitParams,
        response: { 200: riskUnitVersionList },
      },
    },
    async (request) =>
      findUnitVersions(db, requireActor(request), request.params.enterpriseId, request.params.unitId),
  );

  app.get(
    `${base}/versions/:version`,
    {
      schema: {
        tags,
        summary: 'One approved version with its snapshot',
        params: riskUnitVersionParams,
        response: { 200: riskUnitVersionResponse },
      },
    },
    async (request) => {
      const { enterpriseId, unitId, version } = request.params;
      return getUnitVersion(db, requireActor(request), enterpriseId, unitId, version);
    },
  );
};
