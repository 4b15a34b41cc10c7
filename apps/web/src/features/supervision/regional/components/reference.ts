import { useIndustries, useJurisdictions } from '../../../identity/index.ts';

/** Industries and townships as select options, in the user's language. */
export function useReferenceOptions(language: string) {
  const industries = useIndustries();
  const jurisdictions = useJurisdictions();
  const industryOptions = (industries.data ?? []).map((i) => ({
    value: i.code,
    label: language.startsWith('zh') ? i.nameZh : i.nameEn,
  }));
  const townshipOptions = (jurisdictions.data ?? [])
    .filter((j) => j.level === 'township')
    .map((j) => ({ value: j.code, label: j.name }));
  const industryName = (code: string) => industryOptions.find((o) => o.value === code)?.label ?? code;
  return { industryOptions, townshipOptions, industryName };
}
