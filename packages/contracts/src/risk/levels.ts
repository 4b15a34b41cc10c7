import { z } from 'zod';

/** The four risk levels 重大/较大/一般/低, most severe first. */
export const riskLevel = z.enum(['major', 'significant', 'general', 'low']);
export type RiskLevel = z.infer<typeof riskLevel>;

/** The four-color scheme every level is drawn in (四色). */
export const riskColor = z.enum(['red', 'orange', 'yellow', 'blue']);
export type RiskColor = z.infer<typeof riskColor>;

export const riskLevelColor: Readonly<Record<RiskLevel, RiskColor>> = {
  major: 'red',
  significant: 'orange',
  general: 'yellow',
  low: 'blue',
};

// Hex values as used by a public 双控 implementation (STANDARDS §1.1 variant B); the web may
// restyle them, but a four-color map printed from the server needs one agreed set.
export const riskColorHex: Readonly<Record<RiskColor, string>> = {
  red: '#FD0314',
  orange: '#FC5D07',
  yellow: '#FDE41B',
  blue: '#1153FD',
};

export const riskLevelLabelZh: Readonly<Record<RiskLevel, string>> = {
  major: '重大',
  significant: '较大',
  general: '一般',
  low: '低',
};

export const riskColorLabelZh: Readonly<Record<RiskColor, string>> = {
  red: '红',
  orange: '橙',
  yellow: '黄',
  blue: '蓝',
};

/** National data-access `riskClass`: 1 重大, 2 较大, 3 一般, 4 低 (STANDARDS §5.1). */
export const riskClass = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type RiskClass = z.infer<typeof riskClass>;

export const riskLevelToRiskClass: Readonly<Record<RiskLevel, RiskClass>> = {
  major: 1,
  significant: 2,
  general: 3,
  low: 4,
};

export const riskClassToRiskLevel: Readonly<Record<RiskClass, RiskLevel>> = {
  1: 'major',
  2: 'significant',
  3: 'general',
  4: 'low',
};

/** Levels from least to most severe; index = severity rank. */
export const riskLevelsAscending: readonly RiskLevel[] = ['low', 'general', 'significant', 'major'];

/** Severity rank: low 0 … major 3. */
export function riskLevelRank(level: RiskLevel): number {
  return riskLevelsAscending.indexOf(level);
}

/** Sort comparator by severity, least severe first; negate for most severe first. */
export function compareRiskLevels(a: RiskLevel, b: RiskLevel): number {
  return riskLevelRank(a) - riskLevelRank(b);
}

/**
 * The most severe of the given levels, or null when there are none: a unit's level is the maximum
 * over its events, an object's over its units, and "nothing assessed yet" must stay distinguishable
 * from "low".
 */
export function maxLevel(levels: Iterable<RiskLevel>): RiskLevel | null {
  let max: RiskLevel | null = null;
  for (const level of levels) {
    if (max === null || riskLevelRank(level) > riskLevelRank(max)) max = level;
  }
  return max;
}
