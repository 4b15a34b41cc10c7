import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptHazardBody,
  approvePlanBody,
  assignHazardBody,
  decideExtensionBody,
  fixOnTheSpotBody,
  handOverHazardBody,
  hazardCreated,
  hazardRoutes,
  mergeHazardBody,
  rectificationPlanBody,
  rejectHazardBody,
  requestExtensionBody,
  sendBackHazardBody,
  submitRectificationBody,
  voidHazardBody,
} from '@shuangkong/contracts';
import { commandContext, type CommandContext, type Db } from '../hazard.database.ts';
import { acceptHazard, sendBackHazard } from './commands/acceptance.ts';
import { approveExtension, refuseExtension, requestExtension } from './commands/extensions.ts';
import { approvePlan, submitPlan } from './commands/plan.ts';
import { assignHazard, fixHazardOnTheSpot, submitRectification } from './commands/rectification.ts';
import { handOverHazard, mergeHazard, rejectHazard, voidHazard } from './commands/triage.ts';

const params = z.object({ enterpriseId: z.uuid(), id: z.uuid() });
const extensionParams = params.extend({ extensionId: z.uuid() });
const response = { 200: z.object({ data: hazardCreated }) };
type Created = z.infer<typeof hazardCreated>;

/** The lifecycle after the report: one POST per transition, each with its own body. */
export const lifecycleRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  function step<B extends z.ZodType>(
    path: string,
    body: B,
    run: (ctx: CommandContext, enterpriseId: string, id: string, body: z.infer<B>) => Promise<Created>,
  ) {
    app.post(path, { schema: { params, body, response } }, async (request) => ({
      data: await run(
        commandContext(request, db),
        request.params.enterpriseId,
        request.params.id,
        request.body as z.infer<B>,
      ),
    }));
  }
  step(hazardRoutes.reject, rejectHazardBody, rejectHazard);
  step(hazardRoutes.merge, mergeHazardBody, mergeHazard);
  step(hazardRoutes.void, voidHazardBody, voidHazard);
  step(hazardRoutes.handOver, handOverHazardBody, handOverHazard);
  step(hazardRoutes.assign, assignHazardBody, assignHazard);
  step(hazardRoutes.submitPlan, rectificationPlanBody, submitPlan);
  step(hazardRoutes.approvePlan, approvePlanBody, approvePlan);
  step(hazardRoutes.fixOnTheSpot, fixOnTheSpotBody, fixHazardOnTheSpot);
  step(hazardRoutes.submitRectification, submitRectificationBody, submitRectification);
  step(hazardRoutes.accept, acceptHazardBody, acceptHazard);
  step(hazardRoutes.sendBack, sendBackHazardBody, sendBackHazard);
  step(hazardRoutes.requestExtension, requestExtensionBody, requestExtension);

  for (const [path, run] of [
    [hazardRoutes.approveExtension, approveExtension],
    [hazardRoutes.refuseExtension, refuseExtension],
  ] as const) {
    app.post(
      path,
      { schema: { params: extensionParams, body: decideExtensionBody, response } },
      async (request) => ({
        data: await run(
          commandContext(request, db),
          request.params.enterpriseId,
          request.params.id,
          request.params.extensionId,
          request.body,
        ),
      }),
    );
  }
};
