import type { CommandContext } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { findEvent } from '../../events/events.repository.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { beginUnitEdit, touchUnit } from '../../units/unit-edit.ts';
import { findMeasure } from '../measures.repository.ts';

/** Removes a measure from an event (the approved version, if any, keeps it). */
export async function deleteControlMeasure(
  ctx: CommandContext,
  enterpriseId: string,
  measureId: string,
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  const current = await findMeasure(ctx.db, enterprise, measureId);
  if (!current) throw notFound('Control measure');
  const event = await findEvent(ctx.db, enterprise, current.eventId);
  if (!event) throw notFound('Risk event');
  await ctx.db.transaction().execute(async (trx) => {
    await beginUnitEdit(trx, ctx, enterprise, event.unitId);
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
    });
  });
}
