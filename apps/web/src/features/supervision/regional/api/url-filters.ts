import {
  accidentType1986Code,
  regionalRiskLevel,
  regionalRiskSort,
  riskLevel,
  supervisionTier,
} from '@shuangkong/contracts';
import type { RiskPageFilters, TierFilters } from './regional-api.ts';

function positiveInt(value: string | null, fallback: number, max: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}
const text = (v: string | null) => {
  const s = v?.trim();
  return s ? s.slice(0, 100) : undefined;
};
const place = (v: string | null) => (v && /^\d{6,12}$/.test(v) ? v : undefined);
const industry = (v: string | null) => (v && /^[a-z0-9_.]{1,64}$/.test(v) ? v : undefined);
const oneOf = <T extends string>(options: readonly T[], v: string | null): T | undefined =>
  v !== null && (options as readonly string[]).includes(v) ? (v as T) : undefined;

/** The database's filters live in the URL: a shared link or the back button shows the same list. */
export function riskFiltersFromSearch(params: URLSearchParams): RiskPageFilters {
  return {
    level: oneOf(regionalRiskLevel.options, params.get('level')),
    industry: industry(params.get('industry')),
    township: place(params.get('township')),
    accidentType: oneOf(accidentType1986Code.options, params.get('accidentType')),
    q: text(params.get('q')),
    sort: oneOf(regionalRiskSort.options, params.get('sort')) ?? 'level',
    page: positiveInt(params.get('page'), 1, 100_000),
    pageSize: positiveInt(params.get('pageSize'), 20, 200),
  };
}

export function tierFiltersFromSearch(params: URLSearchParams): TierFilters {
  return {
    level: oneOf(riskLevel.options, params.get('level')),
    tier: oneOf(supervisionTier.options, params.get('tier')),
    industry: industry(params.get('industry')),
    township: place(params.get('township')),
    q: text(params.get('q')),
    adjusted: oneOf(['true', 'false'] as const, params.get('adjusted')),
    page: positiveInt(params.get('page'), 1, 100_000),
    pageSize: positiveInt(params.get('pageSize'), 20, 200),
  };
}

/** Back into the URL, leaving out what is empty or default. */
export function searchFrom(
  filters: Record<string, string | number | undefined>,
  defaults: Record<string, string | number>,
) {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === '' || defaults[key] === value) continue;
    out.set(key, String(value));
  }
  return out;
}
export const riskDefaults = { sort: 'level', page: 1, pageSize: 20 };
export const tierDefaults = { page: 1, pageSize: 20 };
