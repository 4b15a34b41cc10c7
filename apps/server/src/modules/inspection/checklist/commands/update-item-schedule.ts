import type { UpdateInspectionItemBody } from '@shuangkong/contracts';
import { forbidden, notFound } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../inspection.database.ts';
import { inspectionErrors } from '../../inspection.errors.ts';
import { mayManage } from '../../inspection.policy.ts';
import { recordInspection } from '../../inspection-record.ts';
import { InspectionScope } from '../../inspection-scope.ts';
import { validateFrequency } from '../../schedule/frequency.ts';
import { presentItem } from '../checklist.presenter.ts';
import { findItem } from '../checklist.repository.ts';

/**
 * Sets how often an item is checked. Tasks already generated keep the schedule they were made
 * with (they are what the worker saw); the next generation uses the new one.
 */
export async function updateItemSchedule(
  ctx: CommandContext,
  enterpriseId: string,
  itemId: string,
  body: UpdateInspectionItemBody,
) {
  const scope = await InspectionScope.load(ctx.db, ctx.actor, enterpriseId);
  const item = await findItem(ctx.db, scope, itemId);
  if (!item) throw notFound('Inspection item');
  if (!mayManage(ctx.actor, scope)) throw forbidden('inspection.manage');
  if (item.retiredAt !== null) throw notFound('Inspection item');
  const frequency = {
    checkCycle: body.checkCycle,
    checkCycleUnit: body.checkCycleUnit,
    workStartTime: body.workStartTime,
    workEndTime: body.workEndTime,
    dayType: body.dayType,
  };
  const [problem] = validateFrequency(frequency);
  if (problem) throw inspectionErrors.frequencyInvalid(problem);

  return ctx.db.transaction().execute(async (trx) => {
    const after = await trx
      .updateTable('inspectionItems')
      .set({
        ...frequency,
        workType: body.workType ?? item.workType,
        photoRequired: body.photoRequired ?? item.photoRequired,
        version: item.version + 1,
        updatedAt: new Date(),
      })
      .where('enterpriseId', '=', scope.id)
      .where('id', '=', item.id)
      .where('version', '=', body.version)
      .returningAll()
      .executeTakeFirst();
    if (!after) throw inspectionErrors.staleVersion();
    await recordInspection(trx, ctx.audit, {
      action: 'inspection.item-updated',
      entityType: 'inspectionItem',
      entityId: item.id,
      enterpriseId: scope.id,
      before: { ...pick(item), workType: item.workType, photoRequired: item.photoRequired },
      after: { ...frequency, workType: after.workType, photoRequired: after.photoRequired },
      facts: { itemId: item.id, unitId: item.unitId },
    });
    return presentItem(after, { manage: true });
  });
}

function pick(item: {
  checkCycle: number;
  checkCycleUnit: string;
  workStartTime: string | null;
  workEndTime: string | null;
  dayType: string;
}) {
  const { checkCycle, checkCycleUnit, workStartTime, workEndTime, dayType } = item;
  return { checkCycle, checkCycleUnit, workStartTime, workEndTime, dayType };
}
