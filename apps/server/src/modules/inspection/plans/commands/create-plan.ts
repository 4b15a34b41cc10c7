import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { planMaxDays, type inspectionPlanBody } from '@shuangkong/contracts';
import { forbidden } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../inspection.database.ts';
import { inspectionErrors } from '../../inspection.errors.ts';
import { mayManage } from '../../inspection.policy.ts';
import { recordInspection } from '../../inspection-record.ts';
import { InspectionScope } from '../../inspection-scope.ts';
import { shanghaiDate, shanghaiInstant } from '../../schedule/shanghai-time.ts';
import { presentPlan } from '../plans.presenter.ts';
import { peopleNames } from '../plans.repository.ts';

type PlanBody = z.output<typeof inspectionPlanBody>;

const DAY = 86_400_000;
const INSERT_CHUNK = 1000;

/** Days from one civil date to another, both included. */
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY) + 1;

/**
 * Creates an ad-hoc plan and, in the same transaction, one task per open item in its scope over
 * the plan's range: from the first day's start (or its window's start) to the last day's end (or
 * its window's end). The tasks are the plan's assignees' and carry the plan's kind, so what they
 * find is registered with that source; missed ones mark their unit 失控 like any missed check.
 */
export async function createPlan(ctx: CommandContext, enterpriseId: string, body: PlanBody) {
  const scope = await InspectionScope.load(ctx.db, ctx.actor, enterpriseId);
  if (!mayManage(ctx.actor, scope)) throw forbidden('inspection.manage');

  const today = shanghaiDate(new Date());
  if (body.endDate < body.startDate) throw inspectionErrors.planEndsBeforeStart();
  const days = daysBetween(body.startDate, body.endDate);
  if (days > planMaxDays) throw inspectionErrors.planTooLong(planMaxDays);
  if (body.endDate < today) throw inspectionErrors.planEnded();
  if ((body.workStartTime === null) !== (body.workEndTime === null))
    throw inspectionErrors.planWindowIncomplete();
  if (body.workStartTime !== null && body.workEndTime !== null && body.workEndTime <= body.workStartTime) {
    throw inspectionErrors.planWindowEmpty();
  }
  if (body.unitIds.length === 0 && body.itemIds.length === 0) throw inspectionErrors.planScopeEmpty();

  const items = await ctx.db
    .selectFrom('inspectionItems')
    .select(['id', 'unitId', 'measureId'])
    .where('enterpriseId', '=', scope.id)
    .where('retiredAt', 'is', null)
    .where((eb) =>
      eb.or([
        ...(body.unitIds.length > 0 ? [eb('unitId', 'in', body.unitIds)] : []),
        ...(body.itemIds.length > 0 ? [eb('id', 'in', body.itemIds)] : []),
      ]),
    )
    .orderBy('unitName')
    .orderBy('id')
    .execute();
  const unitsWithItems = new Set(items.map((i) => i.unitId));
  const unitIndex = body.unitIds.findIndex((id) => !unitsWithItems.has(id));
  if (unitIndex >= 0) throw inspectionErrors.planUnitWithoutItems(unitIndex);
  const itemIds = new Set(items.map((i) => i.id));
  const itemIndex = body.itemIds.findIndex((id) => !itemIds.has(id));
  if (itemIndex >= 0) throw inspectionErrors.planItemUnknown(itemIndex);

  const assigneeIds = [...new Set(body.assigneeIds)];
  const people = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('enterpriseId', '=', scope.id)
    .where('status', '=', 'active')
    .where('id', 'in', assigneeIds)
    .execute();
  const known = new Set(people.map((p) => p.id));
  const assigneeIndex = body.assigneeIds.findIndex((id) => !known.has(id));
  if (assigneeIndex >= 0) throw inspectionErrors.planAssigneeUnknown(assigneeIndex);

  const planId = randomUUID();
  const plan = {
    enterpriseId: scope.id,
    id: planId,
    name: body.name,
    kind: body.kind,
    startDate: body.startDate,
    endDate: body.endDate,
    workStartTime: body.workStartTime,
    workEndTime: body.workEndTime,
    unitIds: body.unitIds,
    itemIds: body.itemIds,
    assigneeIds,
    description: body.description,
    createdBy: ctx.actor?.userId ?? null,
    createdByName: ctx.audit.actorName ?? '',
  };
  const startsAt = shanghaiInstant(body.startDate, body.workStartTime ?? '00:00');
  const endsAt = shanghaiInstant(body.endDate, body.workEndTime ?? '24:00');
  const tasks = items.map((item) => ({
    enterpriseId: scope.id,
    id: randomUUID(),
    itemId: item.id,
    measureId: item.measureId,
    unitId: item.unitId,
    periodStart: `plan:${planId}`,
    dueDate: body.endDate,
    startsAt,
    endsAt,
    // The national model asks a positive cycle: a plan is one check over its days.
    checkCycle: days,
    checkCycleUnit: 'day' as const,
    workStartTime: body.workStartTime,
    workEndTime: body.workEndTime,
    dayType: 'everyDay' as const,
    workType: 'routine' as const,
    stewardItemNo: null,
    kind: body.kind,
    planId,
    assigneeIds,
  }));

  const saved = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('inspectionPlans').values(plan).returningAll().executeTakeFirstOrThrow();
    for (let i = 0; i < tasks.length; i += INSERT_CHUNK) {
      await trx
        .insertInto('inspectionTasks')
        .values(tasks.slice(i, i + INSERT_CHUNK))
        .execute();
    }
    await recordInspection(trx, ctx.audit, {
      action: 'inspection.plan-created',
      entityType: 'inspectionPlan',
      entityId: planId,
      enterpriseId: scope.id,
      after: { ...plan, tasks: tasks.length },
      facts: { kind: body.kind, tasks: tasks.length, startDate: body.startDate, endDate: body.endDate },
    });
    return row;
  });
  return presentPlan(saved, {
    today,
    names: await peopleNames(ctx.db, scope, assigneeIds),
    progress: { total: tasks.length, done: 0, missed: 0, open: tasks.length },
    manage: true,
  });
}
