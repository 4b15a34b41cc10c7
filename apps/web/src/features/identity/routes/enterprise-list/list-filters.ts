import type { EnterpriseFilters, EnterpriseScale, EnterpriseStatus } from '../../api/enterprise-api.ts';

const scales: readonly string[] = ['large', 'medium', 'small', 'micro'];
const statuses: readonly string[] = ['pending', 'approved', 'rejected'];

function isScale(value: string | null): value is EnterpriseScale {
  return value !== null && scales.includes(value);
}
function isStatus(value: string | null): value is EnterpriseStatus {
  return value !== null && statuses.includes(value);
}
function positiveInt(value: string | null, fallback: number, max: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, max) : fallback;
}

/** Registry filters live in the URL so a shared link or the back button restores the same list. */
export function filtersFromSearch(params: URLSearchParams): EnterpriseFilters {
  const filters: EnterpriseFilters = {
    page: positiveInt(params.get('page'), 1, 100_000),
    pageSize: positiveInt(params.get('pageSize'), 20, 200),
  };
  const q = params.get('q')?.trim();
  if (q) filters.q = q;
  const jurisdictionCode = params.get('jurisdictionCode');
  if (jurisdictionCode && /^\d{6,12}$/.test(jurisdictionCode)) filters.jurisdictionCode = jurisdictionCode;
  const industryCode = params.get('industryCode');
  if (industryCode) filters.industryCode = industryCode;
  const scale = params.get('scale');
  if (isScale(scale)) filters.scale = scale;
  const status = params.get('status');
  if (isStatus(status)) filters.status = status;
  const isHighRisk = params.get('isHighRisk');
  if (isHighRisk === 'true' || isHighRisk === 'false') filters.isHighRisk = isHighRisk;
  const hasMajorHazardSource = params.get('hasMajorHazardSource');
  if (hasMajorHazardSource === 'true' || hasMajorHazardSource === 'false')
    filters.hasMajorHazardSource = hasMajorHazardSource;
  const keyProcess = params.get('keyProcess');
  if (keyProcess && /^(0[1-9]|1[0-8])$/.test(keyProcess)) filters.keyProcess = keyProcess;
  return filters;
}

/** Filters → search params, leaving out defaults so URLs stay short. */
export function searchFromFilters(filters: EnterpriseFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === '') continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === 20) continue;
    params.set(key, String(value));
  }
  return params;
}
