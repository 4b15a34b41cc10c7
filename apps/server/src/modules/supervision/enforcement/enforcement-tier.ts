import type { EnforcementLevel } from '@shuangkong/contracts';
import type { Db } from '../supervision.database.ts';

export type TierFacts = {
  isHighRisk: boolean;
  scale: 'large' | 'medium' | 'small' | 'micro';
  hasMajorHazardSource: boolean;
  /** The highest residual level in the enterprise's register, null before it has one. */
  highestLevel: EnforcementLevel | null;
};

const rank: Record<EnforcementLevel, number> = { major: 4, significant: 3, general: 2, low: 1 };

/**
 * THE source of an enterprise's supervision tier for enforcement (监管层级). Until the regional
 * tier table is merged this is the highest level in its own register, or, before it has one,
 * significant for a high-risk industry and general for a large one, else low. Replace this one
 * function with the regional tier to switch every plan, pool and key-enterprise rule over.
 */
export function supervisionTierOf(f: TierFacts): EnforcementLevel {
  if (f.highestLevel !== null) return f.highestLevel;
  if (f.isHighRisk) return 'significant';
  if (f.scale === 'large') return 'general';
  return 'low';
}

/** 重点企业 (seed 002: at least one expert inspection a year): major or significant tier, or a major hazard installation. */
export function isKeyEnterprise(tier: EnforcementLevel, f: Pick<TierFacts, 'hasMajorHazardSource'>): boolean {
  return tier === 'major' || tier === 'significant' || f.hasMajorHazardSource;
}

export type TieredEnterprise = {
  id: string;
  name: string;
  scale: TierFacts['scale'];
  industryCodes: string[];
  tier: EnforcementLevel;
  isKey: boolean;
};

/** The tier facts of the given enterprises (already scoped by the caller), with their tiers. */
export async function loadTiers(
  db: Db,
  enterprises: readonly {
    id: string;
    name: string;
    scale: TierFacts['scale'];
    isHighRisk: boolean;
    hasMajorHazardSource: boolean;
    industryCodes: string[];
  }[],
): Promise<TieredEnterprise[]> {
  if (enterprises.length === 0) return [];
  const levels = await db
    .selectFrom('riskUnits')
    .select(['enterpriseId', 'residualLevel'])
    .distinct()
    .where(
      'enterpriseId',
      'in',
      enterprises.map((e) => e.id),
    )
    .where('archivedAt', 'is', null)
    .where('residualLevel', 'is not', null)
    .execute();
  const highest = new Map<string, EnforcementLevel>();
  for (const l of levels) {
    if (l.residualLevel === null) continue;
    const cur = highest.get(l.enterpriseId);
    if (cur === undefined || rank[l.residualLevel] > rank[cur]) highest.set(l.enterpriseId, l.residualLevel);
  }
  return enterprises.map((e) => {
    const tier = supervisionTierOf({ ...e, highestLevel: highest.get(e.id) ?? null });
    return {
      id: e.id,
      name: e.name,
      scale: e.scale,
      industryCodes: e.industryCodes,
      tier,
      isKey: isKeyEnterprise(tier, e),
    };
  });
}
