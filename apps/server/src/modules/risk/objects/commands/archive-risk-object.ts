import type { CommandContext } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { syncMajorHazardFlag } from '../../major-sources/sync-major-hazard-flag.ts';
import { riskErrors } from '../../risk.errors.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { authorizeRegisterEdit } from '../../units/unit-edit.ts';
import { findObject } from '../objects.repository.ts';

/**
 * Takes an object and its units out of the register, marked with who, when and why. Rows stay
 * (assessments, signatures and versions are evidence; the object stays readable by id and the
 * deletion feed reports it); a unit under review blocks it, as it would block any edit.
 */
export async function archiveRiskObject(
  ctx: CommandContext,
  enterpriseId: string,
  objectId: string,
  reason = '',
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  const current = await findObject(ctx.db, enterprise, objectId);
  if (!current || current.archivedAt !== null) throw notFound('Risk object');
  authorizeRegisterEdit(ctx.actor, enterprise);
  await ctx.db.transaction().execute(async (trx) => {
    const units = await trx
      .selectFrom('riskUnits')
      .select(['id', 'status'])
      .where('enterpriseId', '=', enterprise.id)
      .where('objectId', '=', objectId)
      .where('archivedAt', 'is', null)
      .forUpdate()
      .execute();
    if (units.some((u) => u.status === 'submitted' || u.status === 'reviewed'))
      throw riskErrors.lockedForApproval();
    const now = new Date();
    const mark = {
      archivedAt: now,
      archivedBy: ctx.actor.userId,
      archivedByName: ctx.actor.name,
      archiveReason: reason,
    };
    await trx
      .updateTable('riskObjects')
      .set({ ...mark, updatedAt: now })
      .where('enterpriseId', '=', enterprise.id)
      .where('id', '=', objectId)
      .execute();
    if (units.length > 0) {
      await trx
        .updateTable('riskUnits')
        .set({ ...mark, updatedAt: now })
        .where('enterpriseId', '=', enterprise.id)
        .where(
          'id',
          'in',
          units.map((u) => u.id),
        )
        .execute();
    }
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.object-archived',
      entityType: 'riskObject',
      entityId: objectId,
      after: { archivedUnitIds: units.map((u) => u.id), reason },
    });
    if (current.isMajorSource) await syncMajorHazardFlag(trx, ctx.audit, enterprise.id);
  });
}
