import type { CommandContext } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { recomputeUnitLevels } from '../../units/recompute-unit-levels.ts';
import { beginUnitEdit } from '../../units/unit-edit.ts';
import { findEvent } from '../events.repository.ts';

/**
 * Deletes an event with its factors, assessments and measures (a draft correction; an approved
 * version keeps its copy). The unit's levels are recomputed because the event may have set them.
 */
export async function deleteRiskEvent(
  ctx: CommandContext,
  enterpriseId: string,
  eventId: string,
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  const current = await findEvent(ctx.db, enterprise, eventId);
  if (!current) throw notFound('Risk event');
  await ctx.db.transaction().execute(async (trx) => {
    await beginUnitEdit(trx, ctx, enterprise, current.unitId);
    await trx
      .deleteFrom('riskEvents')
      .where('enterpriseId', '=', enterprise.id)
      .where('id', '=', eventId)
      .execute();
    await recomputeUnitLevels(trx, ctx.audit, enterprise, current.unitId, {
      cause: 'event-deleted',
      reason: `删除风险事件：${current.name}`,
    });
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.event-deleted',
      entityType: 'riskEvent',
      entityId: eventId,
      before: {
        name: current.name,
        unitId: current.unitId,
        inherentLevel: current.inherentLevel,
        residualLevel: current.residualLevel,
      },
    });
  });
}
