import type { TierRulesInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { recordRisk } from '../../risk-record.ts';
import { registerAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { authorize } from '../../units/unit-edit.ts';
import { findTierRuleRows, replaceTierRuleRows } from '../tiers.repository.ts';

/**
 * Sets which control tier holds each level. Units without an explicit tier follow at once,
 * because their effective tier is derived from the rules when read.
 */
export async function replaceTierRules(
  ctx: CommandContext,
  enterpriseId: string,
  input: TierRulesInput,
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  authorize(registerAbilities(ctx.actor, enterprise).canConfigure, 'risk.configure');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findTierRuleRows(trx, enterprise);
    await replaceTierRuleRows(trx, enterprise, input.rules);
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.tiers-updated',
      entityType: 'riskSettings',
      entityId: enterpriseId,
      before: { rules: before },
      after: input,
    });
  });
}
