import type { CommandContext } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { recomputeUnitLevels } from '../../units/recompute-unit-levels.ts';
import { beginUnitEdit } from '../../units/unit-edit.ts';
import { writeTombstones } from '../../deletions/tombstones.repository.ts';
import { presentMeasure } from '../../measures/measures.presenter.ts';
import { findMeasuresOfEvents } from '../../measures/measures.repository.ts';
import { presentEvent } from '../events.presenter.ts';
import { findEvent, findFactors } from '../events.repository.ts';

/**
 * Deletes an event with its factors, assessments and measures (a draft correction; an approved
 * version keeps its copy). The event and each measure leave a tombstone (who, when, why, and what
 * they were). The unit's levels are recomputed because the event may have set them.
 */
export async function deleteRiskEvent(
  ctx: CommandContext,
  enterpriseId: string,
  eventId: string,
  reason = '',
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  const current = await findEvent(ctx.db, enterprise, eventId);
  if (!current) throw notFound('Risk event');
  await ctx.db.transaction().execute(async (trx) => {
    await beginUnitEdit(trx, ctx, enterprise, current.unitId);
    const measures = await findMeasuresOfEvents(trx, enterprise, [eventId]);
    const event = presentEvent(current, await findFactors(trx, enterprise, [eventId]));
    await writeTombstones(trx, ctx, enterprise, reason, [
      {
        entityType: 'riskEvent',
        entityId: eventId,
        unitId: current.unitId,
        eventId: null,
        name: current.name,
        snapshot: event,
      },
      ...measures.map((m) => ({
        entityType: 'riskControlMeasure' as const,
        entityId: m.id,
        unitId: current.unitId,
        eventId,
        name: m.content,
        snapshot: presentMeasure(m),
      })),
    ]);
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
      after: { deleted: true, reason, measures: measures.map((m) => m.id) },
    });
  });
}
