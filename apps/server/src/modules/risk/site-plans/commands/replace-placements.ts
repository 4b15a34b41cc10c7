import type { PlacementsUpdate } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { validationFailed } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { liveUnitIds } from '../site-plan.repository.ts';
import { loadEditablePlan } from './load-editable.ts';

/** Replaces what is drawn on a plan: the editor saves the whole drawing at once. */
export async function replacePlacements(
  ctx: CommandContext,
  enterpriseId: string,
  planId: string,
  input: PlacementsUpdate,
): Promise<void> {
  const { enterprise, plan } = await loadEditablePlan(ctx, enterpriseId, planId);
  const ids = input.placements.map((p) => p.unitId);
  const twice = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (twice >= 0)
    throw validationFailed(`body.placements.${twice}.unitId`, 'the unit is placed twice on this plan');
  const live = await liveUnitIds(ctx.db, enterprise.id, ids);
  const missing = ids.findIndex((id) => !live.has(id));
  if (missing >= 0)
    throw validationFailed(`body.placements.${missing}.unitId`, 'no such risk unit of this enterprise');

  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('riskUnitPlacements')
      .select(['unitId', 'geometry'])
      .where('enterpriseId', '=', enterprise.id)
      .where('planId', '=', plan.id)
      .execute();
    await trx
      .deleteFrom('riskUnitPlacements')
      .where('enterpriseId', '=', enterprise.id)
      .where('planId', '=', plan.id)
      .execute();
    if (input.placements.length > 0) {
      await trx
        .insertInto('riskUnitPlacements')
        .values(
          input.placements.map((p) => ({
            enterpriseId: enterprise.id,
            planId: plan.id,
            unitId: p.unitId,
            geometry: JSON.stringify(p.geometry),
            reviewedOn: p.reviewedOn ?? null,
          })),
        )
        .execute();
    }
    await recordRisk(trx, ctx.audit, {
      enterpriseId: enterprise.id,
      action: 'risk.site-plan-placements-replaced',
      entityType: 'riskSitePlan',
      entityId: plan.id,
      before: { placements: before },
      after: { placements: input.placements },
    });
  });
}
