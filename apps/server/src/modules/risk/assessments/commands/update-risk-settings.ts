import type { RiskSettingsInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { recordRisk } from '../../risk-record.ts';
import { assertKnownTables } from '../table-choice.ts';
import { registerAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { authorize } from '../../units/unit-edit.ts';
import { findSettings } from '../assessments.repository.ts';

/**
 * Chooses the enterprise's own default method and table sets (it no longer follows its industry's
 * default). Stored assessments keep the tables they were made with; only new ones use the choice.
 */
export async function updateRiskSettings(
  ctx: CommandContext,
  enterpriseId: string,
  input: RiskSettingsInput,
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  authorize(registerAbilities(ctx.actor, enterprise).canConfigure, 'risk.configure');
  assertKnownTables(input);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findSettings(trx, enterprise);
    await trx
      .insertInto('riskSettings')
      .values({ enterpriseId, ...input, tablesChosen: true, lastFullReviewAt: null, updatedAt: new Date() })
      .onConflict((oc) =>
        oc.column('enterpriseId').doUpdateSet({ ...input, tablesChosen: true, updatedAt: new Date() }),
      )
      .execute();
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.settings-updated',
      entityType: 'riskSettings',
      entityId: enterpriseId,
      before,
      after: input,
    });
  });
}
