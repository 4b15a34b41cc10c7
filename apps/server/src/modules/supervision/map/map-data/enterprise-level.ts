import type { RiskLevel } from '@shuangkong/contracts';
import type { Actor } from '../../../identity/index.ts';
import { enterpriseTiers } from '../../regional/tiers/queries/list-tiers.ts';
import { loadTierTable } from '../../regional/tiers/tier-table.repository.ts';
import type { Db } from '../../supervision.database.ts';

/**
 * THE source of the level the map colours an enterprise by: its overall level as 分级监管 states
 * it — the register's level adjusted by the supervision facts (an unfinished listed major hazard,
 * penalties, illegal activity) — so the map and the tier list never disagree. An enterprise with
 * nothing approved in its register yet has no level (grey on the map).
 */
export async function enterpriseOverallLevels(db: Db, actor: Actor): Promise<Map<string, RiskLevel>> {
  const table = await loadTierTable(db, actor);
  const tiers = await enterpriseTiers(db, actor, {}, table.rows);
  const out = new Map<string, RiskLevel>();
  for (const { tier } of tiers) {
    if (tier.registerLevel !== null) out.set(tier.enterpriseId, tier.adjustedLevel);
  }
  return out;
}
