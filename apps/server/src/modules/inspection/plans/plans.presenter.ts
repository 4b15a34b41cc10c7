import type { InspectionPlan, InspectionPlanStatus } from '@shuangkong/contracts';
import type { PlanProgress, PlanRow } from './plans.repository.ts';

export function planStatus(plan: PlanRow, today: string): InspectionPlanStatus {
  if (plan.cancelledAt !== null) return 'cancelled';
  if (today < plan.startDate) return 'upcoming';
  return today > plan.endDate ? 'finished' : 'active';
}

export function presentPlan(
  plan: PlanRow,
  ctx: { today: string; names: Map<string, string>; progress: PlanProgress | undefined; manage: boolean },
): InspectionPlan {
  const status = planStatus(plan, ctx.today);
  return {
    id: plan.id,
    name: plan.name,
    kind: plan.kind,
    startDate: plan.startDate,
    endDate: plan.endDate,
    workStartTime: plan.workStartTime,
    workEndTime: plan.workEndTime,
    unitIds: plan.unitIds,
    itemIds: plan.itemIds,
    // A person who has since left keeps their place in the plan, by id.
    assignees: plan.assigneeIds.map((id) => ({ id, name: ctx.names.get(id) ?? id })),
    description: plan.description,
    status,
    progress: ctx.progress ?? { total: 0, done: 0, missed: 0, open: 0 },
    createdAt: plan.createdAt.toISOString(),
    createdByName: plan.createdByName,
    cancelledAt: plan.cancelledAt?.toISOString() ?? null,
    cancelReason: plan.cancelReason,
    abilities: { cancel: ctx.manage && (status === 'upcoming' || status === 'active') },
  };
}
