import type { CommandContext } from '../../risk.database.ts';
import { recordRisk } from '../../risk-record.ts';
import { loadEditablePlan } from './load-editable.ts';

/** Removes a plan and its drawing; the image file stays (it may be evidence elsewhere). */
export async function deleteSitePlan(
  ctx: CommandContext,
  enterpriseId: string,
  planId: string,
): Promise<void> {
  const { enterprise, plan } = await loadEditablePlan(ctx, enterpriseId, planId);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('riskSitePlans')
      .where('enterpriseId', '=', enterprise.id)
      .where('id', '=', plan.id)
      .execute();
    await recordRisk(trx, ctx.audit, {
      enterpriseId: enterprise.id,
      action: 'risk.site-plan-deleted',
      entityType: 'riskSitePlan',
      entityId: plan.id,
      before: { name: plan.name, fileId: plan.fileId, placementCount: Number(plan.placementCount ?? 0) },
    });
  });
}
