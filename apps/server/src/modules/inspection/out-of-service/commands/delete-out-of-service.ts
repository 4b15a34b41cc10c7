import { forbidden, notFound } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../inspection.database.ts';
import { mayManage } from '../../inspection.policy.ts';
import { recordInspection } from '../../inspection-record.ts';
import { InspectionScope } from '../../inspection-scope.ts';
import { findOutOfService } from '../out-of-service.repository.ts';

/** Removes a period entered by mistake; the audit row keeps what it was. */
export async function deleteOutOfService(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
): Promise<void> {
  const scope = await InspectionScope.load(ctx.db, ctx.actor, enterpriseId);
  const existing = await findOutOfService(ctx.db, scope, id);
  if (!existing) throw notFound('Out-of-service period');
  if (!mayManage(ctx.actor, scope)) throw forbidden('inspection.manage');
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('inspectionOutOfService')
      .where('enterpriseId', '=', scope.id)
      .where('id', '=', id)
      .execute();
    await recordInspection(trx, ctx.audit, {
      action: 'inspection.out-of-service-deleted',
      entityType: 'inspectionOutOfService',
      entityId: id,
      enterpriseId: scope.id,
      before: existing,
      facts: { unitId: existing.unitId },
    });
  });
}
