import type { Industry, Jurisdiction } from '../api/reference-api.ts';

export function industryLabel(industry: Pick<Industry, 'nameZh' | 'nameEn'>, language: string): string {
  return language === 'en-US' ? industry.nameEn || industry.nameZh : industry.nameZh;
}

/** Names for codes; an unknown code shows as itself rather than vanishing. */
export function industryNames(
  codes: readonly string[],
  industries: readonly Industry[] | undefined,
  language: string,
): string[] {
  const byCode = new Map((industries ?? []).map((i) => [i.code, i]));
  return codes.map((code) => {
    const industry = byCode.get(code);
    return industry ? industryLabel(industry, language) : code;
  });
}

export function jurisdictionName(code: string, jurisdictions: readonly Jurisdiction[] | undefined): string {
  return jurisdictions?.find((j) => j.code === code)?.name ?? code;
}
