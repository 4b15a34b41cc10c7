import type { TierRules } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import type { Actor } from '../../../identity/index.ts';
import { registerAbilities, type RegisterAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { describeTierRules } from '../tier-rules.ts';
import { findTierRuleRows } from '../tiers.repository.ts';

/** All four levels with their tier, marking which are the defaults. */
export async function getTierRules(
  db: Db,
  actor: Actor,
  enterpriseId: string,
): Promise<{ data: TierRules; abilities: RegisterAbilities }> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  return {
    data: { rules: describeTierRules(await findTierRuleRows(db, enterprise)) },
    abilities: registerAbilities(actor, enterprise),
  };
}
