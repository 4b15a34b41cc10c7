import { fitGeoReference, GeoReferenceError, type GeoReferenceInput } from '@shuangkong/contracts';
import { validationFailed } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../risk.database.ts';
import { recordRisk } from '../../risk-record.ts';
import { loadEditablePlan } from './load-editable.ts';

/**
 * Sets a plan's geo-reference from control points (two or more; none removes it). The fit is
 * checked now, so a plan never stores points that cannot place its zones.
 */
export async function setGeoReference(
  ctx: CommandContext,
  enterpriseId: string,
  planId: string,
  input: GeoReferenceInput,
): Promise<void> {
  const { enterprise, plan } = await loadEditablePlan(ctx, enterpriseId, planId);
  const points = input.controlPoints;
  if (points.length > 0) {
    try {
      fitGeoReference(points, { width: plan.width, height: plan.height });
    } catch (error) {
      if (error instanceof GeoReferenceError) throw validationFailed('body.controlPoints', error.message);
      throw error;
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('riskSitePlans')
      .set({ controlPoints: JSON.stringify(points) })
      .where('enterpriseId', '=', enterprise.id)
      .where('id', '=', plan.id)
      .execute();
    await recordRisk(trx, ctx.audit, {
      enterpriseId: enterprise.id,
      action: 'risk.site-plan-geo-referenced',
      entityType: 'riskSitePlan',
      entityId: plan.id,
      before: { controlPoints: plan.controlPoints },
      after: { controlPoints: points },
    });
  });
}
