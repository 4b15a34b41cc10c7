import { maxLevel, type RiskLevel } from '@shuangkong/contracts';

type Nullable = RiskLevel | null;
const present = (levels: Iterable<Nullable>): RiskLevel[] =>
  [...levels].filter((l): l is RiskLevel => l !== null);

/**
 * A unit's levels: inherent and residual are the highest of its events'; the current level is the
 * residual level raised by any active evidence (a missed check, an open hazard, an alarm) that
 * another module has recorded against the unit.
 */
export function unitLevels(
  events: readonly { inherentLevel: Nullable; residualLevel: Nullable }[],
  activeEvidence: readonly { level: RiskLevel }[],
): { inherentLevel: Nullable; residualLevel: Nullable; currentLevel: Nullable } {
  const inherentLevel = maxLevel(present(events.map((e) => e.inherentLevel)));
  const residualLevel = maxLevel(present(events.map((e) => e.residualLevel)));
  const currentLevel = maxLevel(present([residualLevel, ...activeEvidence.map((e) => e.level)]));
  return { inherentLevel, residualLevel, currentLevel };
}

/** An object's level is the highest current level of its units. */
export function objectLevel(units: readonly { currentLevel: Nullable }[]): Nullable {
  return maxLevel(present(units.map((u) => u.currentLevel)));
}

/**
 * The enterprise's overall level (企业整体安全风险等级): the highest current level in its register,
 * and never below 较大 when it has a major source, nor below 重大 when a major source is graded
 * 一级 or 二级. The UI states this rule beside the result.
 */
export function enterpriseLevel(
  units: readonly { currentLevel: Nullable }[],
  majorSourceGrades: readonly (number | null)[],
): Nullable {
  const floor: RiskLevel[] = [];
  if (majorSourceGrades.length > 0) floor.push('significant');
  if (majorSourceGrades.some((g) => g === 1 || g === 2)) floor.push('major');
  return maxLevel([...present(units.map((u) => u.currentLevel)), ...floor]);
}
