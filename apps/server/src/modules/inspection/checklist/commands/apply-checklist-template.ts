import type { ApplyChecklistTemplateBody, ChecklistTemplateResult } from '@shuangkong/contracts';
import { forbidden } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../inspection.database.ts';
import { mayManage } from '../../inspection.policy.ts';
import { recordInspection } from '../../inspection-record.ts';
import { InspectionScope } from '../../inspection-scope.ts';

/** 应急〔2019〕78号: patrol intervals, in hours, and the round-the-clock window they run in. */
const PATROL_HOURS = 2;
const KEY_UNIT_PATROL_HOURS = 1;
const AROUND_THE_CLOCK = { workStartTime: '00:00', workEndTime: '24:00', dayType: 'everyDay' } as const;

/**
 * Sets the routine items' cycles from a template (the checklist page's one click): every 2 hours,
 * every hour at key units — a unit of a major hazard source or at 重大 level now. Steward items keep
 * their role's cycle. Items already on the template's cycle are left alone, so a second click
 * changes and records nothing. Each changed item is audited like a manual edit.
 */
export async function applyChecklistTemplate(
  ctx: CommandContext,
  enterpriseId: string,
  body: ApplyChecklistTemplateBody,
): Promise<ChecklistTemplateResult> {
  void body.template; // one template so far; the enum refuses others
  const scope = await InspectionScope.load(ctx.db, ctx.actor, enterpriseId);
  if (!mayManage(ctx.actor, scope)) throw forbidden('inspection.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const items = await trx
      .selectFrom('inspectionItems as i')
      .innerJoin('riskUnits as u', (j) =>
        j.onRef('u.enterpriseId', '=', 'i.enterpriseId').onRef('u.id', '=', 'i.unitId'),
      )
      .innerJoin('riskObjects as o', (j) =>
        j.onRef('o.enterpriseId', '=', 'u.enterpriseId').onRef('o.id', '=', 'u.objectId'),
      )
      .select([
        'i.id',
        'i.unitId',
        'i.version',
        'i.checkCycle',
        'i.checkCycleUnit',
        'i.workStartTime',
        'i.workEndTime',
        'i.dayType',
        'o.isMajorSource',
        'u.currentLevel',
      ])
      .where('i.enterpriseId', '=', scope.id)
      .where('i.retiredAt', 'is', null)
      .where('i.workType', '=', 'routine')
      .forUpdate()
      .execute();
    let updated = 0;
    let keyUnitItems = 0;
    const now = new Date();
    for (const item of items) {
      const key = item.isMajorSource || item.currentLevel === 'major';
      if (key) keyUnitItems += 1;
      const next = {
        checkCycle: key ? KEY_UNIT_PATROL_HOURS : PATROL_HOURS,
        checkCycleUnit: 'hour' as const,
        ...AROUND_THE_CLOCK,
      };
      const same =
        item.checkCycle === next.checkCycle &&
        item.checkCycleUnit === next.checkCycleUnit &&
        item.workStartTime === next.workStartTime &&
        item.workEndTime === next.workEndTime &&
        item.dayType === next.dayType;
      if (same) continue;
      await trx
        .updateTable('inspectionItems')
        .set({ ...next, version: item.version + 1, updatedAt: now })
        .where('enterpriseId', '=', scope.id)
        .where('id', '=', item.id)
        .execute();
      await recordInspection(trx, ctx.audit, {
        action: 'inspection.item-updated',
        entityType: 'inspectionItem',
        entityId: item.id,
        enterpriseId: scope.id,
        before: {
          checkCycle: item.checkCycle,
          checkCycleUnit: item.checkCycleUnit,
          workStartTime: item.workStartTime,
          workEndTime: item.workEndTime,
          dayType: item.dayType,
        },
        after: { ...next, template: body.template },
        facts: { itemId: item.id, unitId: item.unitId },
      });
      updated += 1;
    }
    return { updated, keyUnitItems };
  });
}
