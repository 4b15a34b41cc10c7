import type { EnforcementLevel, TierTableRow } from '@shuangkong/contracts';
import type { Actor } from '../../identity/index.ts';
import { enterpriseTiers } from '../regional/tiers/queries/list-tiers.ts';
import { loadTierTable } from '../regional/tiers/tier-table.repository.ts';
import type { Db } from '../supervision.database.ts';

/** 重点企业 (seed 002: at least one expert inspection a year): major or significant tier, or a major hazard installation. */
export function isKeyEnterprise(tier: EnforcementLevel, f: { hasMajorHazardSource: boolean }): boolean {
  return tier === 'major' || tier === 'significant' || f.hasMajorHazardSource;
}

export type TieredEnterprise = {
  id: string;
  name: string;
  scale: 'large' | 'medium' | 'small' | 'micro';
  industryCodes: string[];
  /** The 分级监管 adjusted level: the register's overall level raised by the supervision facts. */
  tier: EnforcementLevel;
  /** Planned inspections a year from the regulator's tier table (high-risk industry or not). */
  inspectionsPerYear: number;
  isKey: boolean;
};

/**
 * The enterprises' tiers for enforcement: the very result of the regional 分级监管 rule with the
 * regulator's own tier table, so the plan, the pools and the key-enterprise list never disagree
 * with the tier page a regulator reads. The enterprises are already scoped by the caller; their
 * industries come with the tier (the tier query reads them anyway, so they are not read twice).
 */
export async function loadTiers(
  db: Db,
  actor: Actor,
  enterprises: readonly {
    id: string;
    name: string;
    scale: TieredEnterprise['scale'];
    hasMajorHazardSource: boolean;
  }[],
  table?: readonly TierTableRow[],
): Promise<TieredEnterprise[]> {
  if (enterprises.length === 0) return [];
  const rows = table ?? (await loadTierTable(db, actor)).rows;
  const tiers = await enterpriseTiers(
    db,
    actor,
    {},
    rows,
    enterprises.map((e) => e.id),
  );
  const byId = new Map(tiers.map(({ tier }) => [tier.enterpriseId, tier]));
  return enterprises.flatMap((e) => {
    const t = byId.get(e.id);
    if (!t) return [];
    return [
      {
        id: e.id,
        name: e.name,
        scale: e.scale,
        industryCodes: t.industryCodes,
        tier: t.adjustedLevel,
        inspectionsPerYear: t.inspectionsPerYear,
        isKey: isKeyEnterprise(t.adjustedLevel, e),
      },
    ];
  });
}
