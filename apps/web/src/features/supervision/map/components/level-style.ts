import { riskColorHex, riskLevelColor, type RiskLevel } from '@shuangkong/contracts';

/** Grey for an enterprise without an approved register yet: never confused with 低 (blue). */
export const NO_LEVEL_HEX = '#bfbfbf';

/** Palette of the map by level code (0 none, 1 low … 4 major), the four colors of the contracts. */
export const mapPalette: readonly string[] = [
  NO_LEVEL_HEX,
  riskColorHex[riskLevelColor.low],
  riskColorHex[riskLevelColor.general],
  riskColorHex[riskLevelColor.significant],
  riskColorHex[riskLevelColor.major],
];

export function levelHex(level: RiskLevel | null): string {
  return level ? riskColorHex[riskLevelColor[level]] : NO_LEVEL_HEX;
}

export function levelTextHex(level: RiskLevel | null): string {
  return !level || level === 'general' ? 'rgba(0,0,0,0.88)' : '#ffffff';
}
