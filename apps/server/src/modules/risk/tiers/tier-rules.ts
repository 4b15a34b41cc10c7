import { defaultTierRules, riskLevel, type ControlTier, type RiskLevel } from '@shuangkong/contracts';

export type TierMap = Readonly<Record<RiskLevel, ControlTier>>;

/** The enterprise's stored rules over the defaults; a level without a row keeps its default. */
export function resolveTierRules(rows: readonly { level: RiskLevel; tier: ControlTier }[]): TierMap {
  const map: Record<RiskLevel, ControlTier> = { ...defaultTierRules };
  for (const r of rows) map[r.level] = r.tier;
  return map;
}

/** Every level with its tier and whether it is the default, most severe first. */
export function describeTierRules(rows: readonly { level: RiskLevel; tier: ControlTier }[]) {
  const map = resolveTierRules(rows);
  return riskLevel.options.map((level) => ({
    level,
    tier: map[level],
    isDefault: !rows.some((r) => r.level === level),
  }));
}

/**
 * Who controls a unit: an explicit tier wins; otherwise the rule for its current level, so that
 * the tier follows the level whenever an assessment or evidence moves it. No level, no tier.
 */
export function effectiveTier(
  explicit: ControlTier | null,
  level: RiskLevel | null,
  rules: TierMap,
): ControlTier | null {
  if (explicit) return explicit;
  return level ? rules[level] : null;
}
