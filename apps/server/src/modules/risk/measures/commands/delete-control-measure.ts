import type { CommandContext } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { findEvent } from '../../events/events.repository.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { beginUnitEdit, touchUnit } from '../../units/unit-edit.ts';
import { writeTombstones } from '../../deletions/tombstones.repository.ts';
import { presentMeasure } from '../measures.presenter.ts';
import { findMeasure } from '../measures.repository.ts';

/**
 * Removes a measure from an event (the approved version, if any, keeps it), leaving a tombstone:
 * who, when, why, and the measure as it was.
 */
export async function deleteControlMeasure(
  ctx: CommandContext,
  enterpriseId: string,
  measureId: string,
  reason = '',
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  const current = await findMeasure(ctx.db, enterprise, measureId);
  if (!current) throw notFound('Control measure');
  const event = await findEvent(ctx.db, enterprise, current.eventId);
  if (!event) throw notFound('Risk event');
  await ctx.db.transaction().execute(async (trx) => {
    await beginUnitEdit(trx, ctx, enterprise, event.unitId);
    await writeTombstones(trx, ctx, enterprise, reason, [
      {
        entityType: 'riskControlMeasure',
        entityId: measureId,
        unitId: event.unitId,
        eventId: current.eventId,
        name: current.content,
        snapshot: presentMeasure(current),
      },
    ]);
    await trx
      .deleteFrom('riskControlMeasures')
      .where('enterpriseId', '=', enterprise.id)
      .where('id', '=', measureId)
      .execute();
    await touchUnit(trx, enterprise, event.unitId);
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.measure-deleted',
      entityType: 'riskControlMeasure',
      entityId: measureId,
      before: {
        eventId: current.eventId,
        kind: current.kind,
        hierarchy: current.hierarchy,
        content: current.content,
      },
      after: { deleted: true, reason },
    });
  });
}
