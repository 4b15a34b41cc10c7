import type { RiskLevel, ScoredAssessmentMethod } from '@shuangkong/contracts';

/** One allowed value of a factor with its meaning, for pickers and for explanations. */
export type FactorOption = { value: number; labelZh: string; labelEn: string };

type FactorKeys = { lec: 'l' | 'e' | 'c'; ls: 'l' | 's'; mes: 'm' | 'e' | 's' };
export type FactorKey<M extends ScoredAssessmentMethod> = FactorKeys[M];

export type FactorTable<K extends string = string> = {
  key: K;
  symbol: string;
  nameZh: string;
  options: readonly FactorOption[];
};

/** A score interval mapped to a level; `max` null is unbounded above. */
export type ScoreBand = {
  min: number;
  max: number | null;
  minInclusive: boolean;
  maxInclusive: boolean;
  label: string;
  level: RiskLevel;
};

/**
 * Factor values and band table for one method, pinned by `key` ('lec-default@1'). A published set
 * never changes: a correction is a new version, so stored results keep pointing at the tables that
 * produced them.
 */
export type TableSet<M extends ScoredAssessmentMethod> = {
  method: M;
  id: string;
  version: number;
  key: string;
  nameZh: string;
  /** Where the numbers come from (STANDARDS section and variant). */
  source: string;
  scoreSymbol: 'D' | 'R';
  /** In formula order, so D = L × E × C reads as printed. */
  factors: readonly FactorTable<FactorKey<M>>[];
  /** Most severe first. */
  bands: readonly ScoreBand[];
};

export type AnyTableSet = TableSet<'lec'> | TableSet<'ls'> | TableSet<'mes'>;

/** Builds a table set, deriving `key` from id and version so the two cannot drift apart. */
export function defineTableSet<M extends ScoredAssessmentMethod>(set: Omit<TableSet<M>, 'key'>): TableSet<M> {
  return { ...set, key: `${set.id}@${set.version}` };
}

/** Whether a score falls inside a band. */
export function bandContains(band: ScoreBand, score: number): boolean {
  const aboveMin = band.minInclusive ? score >= band.min : score > band.min;
  const belowMax = band.max === null || (band.maxInclusive ? score <= band.max : score < band.max);
  return aboveMin && belowMax;
}

/**
 * The band holding a score. A miss means the table has a gap at a reachable score, which is a defect
 * in the table (one public app left D = 20 without a level), so it throws rather than guessing.
 */
export function findBand(bands: readonly ScoreBand[], score: number): ScoreBand {
  const band = bands.find((b) => bandContains(b, score));
  if (band === undefined) throw new Error(`no band contains score ${score}`);
  return band;
}

/** '160 ≤ D < 320', 'D ≥ 320', 'D < 20' — the band as people write it. */
export function formatBand(band: ScoreBand, symbol: string): string {
  const lower = `${band.min} ${band.minInclusive ? '≤' : '<'} `;
  if (band.max === null) return `${symbol} ${band.minInclusive ? '≥' : '>'} ${band.min}`;
  const upper = ` ${band.maxInclusive ? '≤' : '<'} ${band.max}`;
  const hasLower = !(band.min === 0 && band.minInclusive);
  return `${hasLower ? lower : ''}${symbol}${upper}`;
}

/**
 * Products of decimal factors carry binary noise (0.1 × 3 = 0.30000000000000004) that would push
 * a score across a band boundary; twelve significant digits keep every real digit and drop the noise.
 */
export function cleanNumber(x: number): number {
  return Number(x.toPrecision(12));
}
