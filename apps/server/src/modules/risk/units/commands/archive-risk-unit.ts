import type { CommandContext } from '../../risk.database.ts';
import { recordRisk } from '../../risk-record.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { beginUnitEdit } from '../unit-edit.ts';

/**
 * Takes a unit out of the register, marked with who, when and why; its rows stay as evidence of what
 * was assessed and signed, readable by id and reported by the deletion feed.
 */
export async function archiveRiskUnit(
  ctx: CommandContext,
  enterpriseId: string,
  unitId: string,
  reason = '',
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  await ctx.db.transaction().execute(async (trx) => {
    await beginUnitEdit(trx, ctx, enterprise, unitId);
    const now = new Date();
    await trx
      .updateTable('riskUnits')
      .set({
        archivedAt: now,
        archivedBy: ctx.actor.userId,
        archivedByName: ctx.actor.name,
        archiveReason: reason,
        updatedAt: now,
      })
      .where('enterpriseId', '=', enterprise.id)
      .where('id', '=', unitId)
      .execute();
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.unit-archived',
      entityType: 'riskUnit',
      entityId: unitId,
      after: { reason },
    });
  });
}
