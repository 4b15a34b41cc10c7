import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { approvePlanBody, RectificationPlanBody } from '@shuangkong/contracts';
import { can, forbidden } from '../../../../kernel/index.ts';
import { shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import type { CommandContext } from '../../hazard.database.ts';
import { hazardErrors } from '../../hazard.errors.ts';
import { recordHazard } from '../../hazard-record.ts';
import { HazardScope } from '../../hazard-scope.ts';
import { lockHazard, requireEnterpriseUser, runTransition } from '../run-transition.ts';

/**
 * 重大事故隐患治理方案: the safety manager drafts (or redrafts, until it is signed) the plan of a
 * confirmed major hazard with the five elements, goal, organisation and protective measures.
 * The state does not change: the principal's signature starts the treatment.
 */
export async function submitPlan(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
  body: RectificationPlanBody,
): Promise<{ id: string; state: 'confirmed' }> {
  const scope = await HazardScope.load(ctx.db, ctx.actor, enterpriseId);
  if (!scope.isOwn || !can(ctx.actor, 'hazard.manage')) throw forbidden('hazard.manage');
  await ctx.db.transaction().execute(async (trx) => {
    const h = await lockHazard(trx, scope, id);
    if (h.state !== 'confirmed')
      throw hazardErrors.refused('HAZARD_INVALID_TRANSITION', h.state, 'submitPlan');
    if (h.grade !== 'major') throw hazardErrors.refused('HAZARD_NOT_MAJOR', h.state, 'submitPlan');
    await requireEnterpriseUser(trx, scope.id, body.ownerUserId, 'body.ownerUserId');
    if (body.deadline < shanghaiCivilDate()) throw hazardErrors.deadlinePast('body.deadline');
    const existing = await trx
      .selectFrom('hazardRectificationPlans')
      .selectAll()
      .where('enterpriseId', '=', scope.id)
      .where('hazardId', '=', h.id)
      .executeTakeFirst();
    const values = {
      ownerUserId: body.ownerUserId,
      goal: body.goal,
      measures: body.measures,
      funds: body.funds,
      materials: body.materials ?? null,
      organisation: body.organisation,
      deadline: body.deadline,
      contingency: body.contingency,
      protectiveMeasures: body.protectiveMeasures,
      submittedBy: ctx.actor.userId,
      submittedAt: new Date(),
    };
    await trx
      .insertInto('hazardRectificationPlans')
      .values({ enterpriseId: scope.id, hazardId: h.id, ...values })
      .onConflict((oc) => oc.columns(['enterpriseId', 'hazardId']).doUpdateSet(values))
      .execute();
    await trx
      .insertInto('hazardSteps')
      .values({
        enterpriseId: scope.id,
        id: randomUUID(),
        hazardId: h.id,
        action: 'submitPlan',
        fromState: h.state,
        toState: h.state,
        actorId: ctx.actor.userId,
        actorName: ctx.actor.name,
        note: body.goal,
      })
      .execute();
    await recordHazard(trx, ctx.audit, {
      action: 'hazard.plan-submitted',
      entityType: 'hazardRectificationPlan',
      entityId: h.id,
      enterpriseId: scope.id,
      before: existing ?? null,
      after: values,
      facts: {},
    });
  });
  return { id, state: 'confirmed' };
}

/** The principal signs the plan; its owner, deadline, measures and funds become the hazard's. */
export function approvePlan(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
  body: z.infer<typeof approvePlanBody>,
) {
  return runTransition(ctx, enterpriseId, id, {
    action: 'approvePlan',
    event: 'hazard.plan-approved',
    signature: { kind: 'approvePlan', password: body.password },
    apply: async (trx, h) => {
      const plan = await trx
        .selectFrom('hazardRectificationPlans')
        .selectAll()
        .where('enterpriseId', '=', h.enterpriseId)
        .where('hazardId', '=', h.id)
        .executeTakeFirstOrThrow();
      await trx
        .updateTable('hazardRectificationPlans')
        .set({ approvedBy: ctx.actor.userId, approvedAt: new Date() })
        .where('enterpriseId', '=', h.enterpriseId)
        .where('hazardId', '=', h.id)
        .execute();
      return {
        changes: {
          ownerUserId: plan.ownerUserId,
          deadline: plan.deadline,
          measures: plan.measures,
          cost: plan.funds,
          rectificationType: 'deadline',
        },
        note: body.comment ?? null,
        signed: {
          goal: plan.goal,
          measures: plan.measures,
          funds: Number(plan.funds),
          organisation: plan.organisation,
          deadline: plan.deadline,
          contingency: plan.contingency,
          protectiveMeasures: plan.protectiveMeasures,
          ownerUserId: plan.ownerUserId,
          comment: body.comment ?? null,
        },
        notice: {
          userIds: [plan.ownerUserId],
          kind: 'assigned',
          title: `重大事故隐患治理方案已签批：${h.name}`,
          body: `请按治理方案于 ${plan.deadline} 前完成治理`,
          params: { deadline: plan.deadline },
        },
        facts: { ownerUserId: plan.ownerUserId, deadline: plan.deadline },
      };
    },
  });
}
