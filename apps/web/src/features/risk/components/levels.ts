import {
  riskColorHex,
  riskLevelColor,
  riskLevelsAscending,
  type RiskColor,
  type RiskLevel,
} from '@shuangkong/contracts';
import '../i18n.ts';

export type { RiskColor, RiskLevel };

/** Most severe first, as every legend and filter lists them. */
export const levelsDescending: readonly RiskLevel[] = [...riskLevelsAscending].reverse();

/** Grey for a unit nobody has assessed yet: never confused with 低 (blue). */
export const UNASSESSED_HEX = '#bfbfbf';

/** The four-colour hex of a level (contracts levels.ts), grey when not assessed. */
export function levelHex(level: RiskLevel | null | undefined): string {
  return level ? riskColorHex[riskLevelColor[level]] : UNASSESSED_HEX;
}

/** Text colour readable on the level's fill: dark on yellow and grey, white on the others. */
export function levelTextHex(level: RiskLevel | null | undefined): string {
  return !level || level === 'general' ? 'rgba(0,0,0,0.88)' : '#ffffff';
}

/** Translation key of a level's label: `levels.major` → 重大风险, `levels.none` → 未评估. */
export function levelKey(level: RiskLevel | null | undefined, short = false): string {
  return `${short ? 'levelShort' : 'levels'}.${level ?? 'none'}`;
}

/** `#RRGGBB` with an alpha channel, for map fills at about half opacity. */
export function withAlpha(hex: string, alpha: number): string {
  const a = Math.round(Math.min(1, Math.max(0, alpha)) * 255)
    .toString(16)
    .padStart(2, '0');
  return `${hex}${a}`;
}

export type LevelCountsLike = Partial<Record<RiskLevel | 'unassessed', number>>;

/** Rows for a legend: the four levels most severe first, then 未评估 when there are any. */
export function legendRows(
  counts: LevelCountsLike,
): { level: RiskLevel | null; count: number; hex: string }[] {
  const rows: { level: RiskLevel | null; count: number; hex: string }[] = levelsDescending.map((level) => ({
    level,
    count: counts[level] ?? 0,
    hex: levelHex(level),
  }));
  const unassessed = counts.unassessed ?? 0;
  if (unassessed > 0) rows.push({ level: null, count: unassessed, hex: UNASSESSED_HEX });
  return rows;
}

/** Counts units by level; null levels count as unassessed. */
export function countLevels(levels: Iterable<RiskLevel | null>): Required<LevelCountsLike> {
  const counts = { major: 0, significant: 0, general: 0, low: 0, unassessed: 0 };
  for (const level of levels) counts[level ?? 'unassessed'] += 1;
  return counts;
}
