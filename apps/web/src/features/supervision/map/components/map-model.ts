import type { RegionalMapData, RiskLevel } from '@shuangkong/contracts';

/** Level codes of the map data (0 = no approved unit yet) and the level each stands for. */
export const levelOfCode: readonly (RiskLevel | null)[] = [null, 'low', 'general', 'significant', 'major'];
export const codeOfLevel: Readonly<Record<RiskLevel, number>> = {
  low: 1,
  general: 2,
  significant: 3,
  major: 4,
};

export type LevelFilter = RiskLevel | 'none';
export type MapFilters = { levels: readonly LevelFilter[]; industry: number | null };

/** 1 for each enterprise the filters let through (empty level list = all levels). */
export function visibleMask(e: RegionalMapData['enterprises'], filters: MapFilters): Uint8Array {
  const n = e.ids.length;
  const mask = new Uint8Array(n);
  const levels = new Set(filters.levels.map((l) => (l === 'none' ? 0 : codeOfLevel[l])));
  for (let i = 0; i < n; i++) {
    if (levels.size > 0 && !levels.has(e.level[i] as number)) continue;
    if (filters.industry !== null && !(e.industries[i] ?? []).includes(filters.industry)) continue;
    mask[i] = 1;
  }
  return mask;
}

/** Legend counts: enterprises by level code under the industry filter only (so every level shows its count). */
export function levelCounts(e: RegionalMapData['enterprises'], industry: number | null): number[] {
  const counts = [0, 0, 0, 0, 0];
  for (let i = 0; i < e.ids.length; i++) {
    if (industry !== null && !(e.industries[i] ?? []).includes(industry)) continue;
    counts[e.level[i] as number] = (counts[e.level[i] as number] ?? 0) + 1;
  }
  return counts;
}
