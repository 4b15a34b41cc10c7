import type { RiskLevel, TierRule } from '@shuangkong/contracts';
import type { Db, Trx } from '../risk.database.ts';
import type { EnterpriseScope } from '../units/enterprise-ref.ts';
import { resolveTierRules, type TierMap } from './tier-rules.ts';

/** The stored level → tier rows of an enterprise (levels without a row use the defaults). */
export async function findTierRuleRows(db: Db | Trx, enterprise: EnterpriseScope) {
  return db
    .selectFrom('riskControlTierRules')
    .select(['level', 'tier'])
    .where('enterpriseId', '=', enterprise.id)
    .execute();
}

/** The resolved level → tier map of an enterprise. */
export async function findTierMap(db: Db | Trx, enterprise: EnterpriseScope): Promise<TierMap> {
  return resolveTierRules(await findTierRuleRows(db, enterprise));
}

export async function replaceTierRuleRows(trx: Trx, enterprise: EnterpriseScope, rules: readonly TierRule[]) {
  await trx.deleteFrom('riskControlTierRules').where('enterpriseId', '=', enterprise.id).execute();
  if (rules.length === 0) return;
  await trx
    .insertInto('riskControlTierRules')
    .values(
      rules.map((r: { level: RiskLevel; tier: TierRule['tier'] }) => ({ enterpriseId: enterprise.id, ...r })),
    )
    .execute();
}
