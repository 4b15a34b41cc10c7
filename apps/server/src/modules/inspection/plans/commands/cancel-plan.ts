import type { CancelInspectionPlanBody } from '@shuangkong/contracts';
import { forbidden, notFound } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../inspection.database.ts';
import { inspectionErrors } from '../../inspection.errors.ts';
import { mayManage } from '../../inspection.policy.ts';
import { recordInspection } from '../../inspection-record.ts';
import { InspectionScope } from '../../inspection-scope.ts';
import { shanghaiDate } from '../../schedule/shanghai-time.ts';
import { planStatus, presentPlan } from '../plans.presenter.ts';
import { findPlan, peopleNames, planProgress } from '../plans.repository.ts';

/**
 * Cancels a plan that has not ended: its unchecked tasks are withdrawn (they hold nothing but a
 * schedule), while checked and missed ones stay with their records, as history must.
 */
export async function cancelPlan(
  ctx: CommandContext,
  enterpriseId: string,
  planId: string,
  body: CancelInspectionPlanBody,
) {
  const scope = await InspectionScope.load(ctx.db, ctx.actor, enterpriseId);
  const plan = await findPlan(ctx.db, scope, planId);
  if (!plan) throw notFound('Inspection plan');
  if (!mayManage(ctx.actor, scope)) throw forbidden('inspection.manage');
  const today = shanghaiDate(new Date());
  const status = planStatus(plan, today);
  if (status !== 'upcoming' && status !== 'active') throw inspectionErrors.planNotCancellable();

  const saved = await ctx.db.transaction().execute(async (trx) => {
    const locked = await trx
      .selectFrom('inspectionPlans')
      .select('cancelledAt')
      .where('enterpriseId', '=', scope.id)
      .where('id', '=', planId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (locked.cancelledAt !== null) throw inspectionErrors.planNotCancellable();
    const withdrawn = await trx
      .deleteFrom('inspectionTasks')
      .where('enterpriseId', '=', scope.id)
      .where('planId', '=', planId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    const row = await trx
      .updateTable('inspectionPlans')
      .set({ cancelledAt: new Date(), cancelReason: body.reason })
      .where('enterpriseId', '=', scope.id)
      .where('id', '=', planId)
      .returningAll()
      .executeTakeFirstOrThrow();
    const withdrawnTasks = Number(withdrawn.numDeletedRows);
    await recordInspection(trx, ctx.audit, {
      action: 'inspection.plan-cancelled',
      entityType: 'inspectionPlan',
      entityId: planId,
      enterpriseId: scope.id,
      before: { cancelledAt: null, cancelReason: null },
      after: { cancelledAt: row.cancelledAt, cancelReason: row.cancelReason, withdrawnTasks },
      facts: { withdrawnTasks },
    });
    return row;
  });
  return presentPlan(saved, {
    today,
    names: await peopleNames(ctx.db, scope, saved.assigneeIds),
    progress: (await planProgress(ctx.db, scope, [planId])).get(planId),
    manage: true,
  });
}
