import type { HazardGrade, HazardState } from '@shuangkong/contracts';
import type { Dayjs } from 'dayjs';
import type { HazardFilters } from '../../api/hazard-paths.ts';

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
