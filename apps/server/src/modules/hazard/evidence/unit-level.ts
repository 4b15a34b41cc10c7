import type { HazardGrade, RiskLevel } from '@shuangkong/contracts';

const upward: readonly RiskLevel[] = ['low', 'general', 'significant', 'major'];

/**
 * The level an open hazard raises its unit to (risk's evidence, source 'hazard.open'): a major
 * hazard makes the unit major (red) at once; a general one shows that a control is not holding,
 * so the unit goes one step above its assessed residual level, and never lower than general.
 */
export function evidenceLevelFor(grade: HazardGrade, residual: RiskLevel | null): RiskLevel {
  if (grade === 'major') return 'major';
  const from = upward.indexOf(residual ?? 'low');
  return upward[Math.min(from + 1, upward.length - 1)] ?? 'major';
}

/**
 * Two or more hazards on the same measure within 90 days mark it recurring (the measure keeps
 * failing). Dates are the hazards' registration times on that measure, any order.
 */
export function isRecurring(registeredAt: readonly Date[], at: Date, windowDays = 90): boolean {
  const from = at.getTime() - windowDays * 86_400_000;
  return registeredAt.filter((d) => d.getTime() >= from && d.getTime() <= at.getTime()).length >= 2;
}
