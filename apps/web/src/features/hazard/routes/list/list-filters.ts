import { hazardGrade, hazardState, type HazardGrade, type HazardState } from '@shuangkong/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import { hazardListParams, type HazardFilters } from '../../api/hazard-paths.ts';

/** What the filter form holds. */
export type FilterValues = {
  state?: HazardState[] | undefined;
  grade?: HazardGrade | undefined;
  dangerSrc?: number | undefined;
  overdue?: boolean | undefined;
  mine?: boolean | undefined;
  awaitingMyAcceptance?: boolean | undefined;
  unitId?: string | undefined;
  dates?: [Dayjs | null, Dayjs | null] | null | undefined;
  q?: string | undefined;
};

/** The form's values as list filters: dates as civil dates, unset and empty fields left out. */
export function filtersFromForm(values: FilterValues): HazardFilters {
  const filters: HazardFilters = {};
  if (values.state && values.state.length > 0) filters.state = values.state;
  if (values.grade) filters.grade = values.grade;
  if (values.dangerSrc) filters.dangerSrc = values.dangerSrc;
  if (values.overdue) filters.overdue = true;
  if (values.mine) filters.mine = true;
  if (values.awaitingMyAcceptance) filters.awaitingMyAcceptance = true;
  if (values.unitId) filters.unitId = values.unitId;
  const [from, to] = values.dates ?? [null, null];
  if (from) filters.from = from.format('YYYY-MM-DD');
  if (to) filters.to = to.format('YYYY-MM-DD');
  const q = values.q?.trim();
  if (q) filters.q = q;
  return filters;
}

const civilDate = /^\d{4}-\d{2}-\d{2}$/;
const isState = (v: string): v is HazardState => (hazardState.options as readonly string[]).includes(v);
const isGrade = (v: string): v is HazardGrade => (hazardGrade.options as readonly string[]).includes(v);

/**
 * The filters a link carries (a to-do's `/hazards?state=reported`, a bookmark, the back button):
 * the list's own query parameters, anything unknown or malformed ignored rather than refused.
 */
export function filtersFromSearch(params: URLSearchParams): HazardFilters {
  const filters: HazardFilters = {};
  const states = (params.get('state') ?? '').split(',').filter(isState);
  if (states.length > 0) filters.state = states;
  const grade = params.get('grade');
  if (grade && isGrade(grade)) filters.grade = grade;
  const src = Number(params.get('dangerSrc'));
  if (Number.isInteger(src) && src >= 1 && src <= 10) filters.dangerSrc = src;
  if (params.get('overdue') === 'true') filters.overdue = true;
  if (params.get('mine') === 'true') filters.mine = true;
  if (params.get('awaitingMyAcceptance') === 'true') filters.awaitingMyAcceptance = true;
  const unitId = params.get('unitId');
  if (unitId) filters.unitId = unitId;
  const from = params.get('from');
  if (from && civilDate.test(from)) filters.from = from;
  const to = params.get('to');
  if (to && civilDate.test(to)) filters.to = to;
  const q = params.get('q')?.trim();
  if (q) filters.q = q;
  return filters;
}

/** The filters as the page's query string (the list API's own parameters, no cursor). */
export function searchFromFilters(filters: HazardFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(hazardListParams(filters))) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return params;
}

/** The filter form's values for a set of filters (the inverse of filtersFromForm). */
export function formFromFilters(filters: HazardFilters): FilterValues {
  return {
    state: filters.state,
    grade: filters.grade,
    dangerSrc: filters.dangerSrc,
    overdue: filters.overdue,
    mine: filters.mine,
    awaitingMyAcceptance: filters.awaitingMyAcceptance,
    unitId: filters.unitId,
    dates:
      filters.from || filters.to
        ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]
        : null,
    q: filters.q,
  };
}

/** 快捷筛选: the four views people come back to, each one click. */
export const quickFilters = {
  mine: { mine: true },
  overdue: { overdue: true },
  major: { grade: 'major' },
  awaitingMyAcceptance: { awaitingMyAcceptance: true },
} as const satisfies Record<string, HazardFilters>;
export type QuickFilter = keyof typeof quickFilters;

/** The quick filter the filters are exactly, if any (its chip shows as chosen). */
export function quickFilterOf(filters: HazardFilters): QuickFilter | null {
  const key = searchFromFilters(filters).toString();
  for (const [name, preset] of Object.entries(quickFilters)) {
    if (searchFromFilters(preset).toString() === key) return name as QuickFilter;
  }
  return null;
}
