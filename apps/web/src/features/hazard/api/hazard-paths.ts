import { hazardRoutes, type HazardGrade, type HazardSort, type HazardState } from '@shuangkong/contracts';
import { buildUrl, type QueryParams } from '../../../shared/api/client.ts';

export type HazardRoute = keyof typeof hazardRoutes;

/** A hazard API path from the contract's template, every parameter encoded. */
export function hazardPath(route: HazardRoute, enterpriseId: string, id = '', extensionId = ''): string {
  return hazardRoutes[route]
    .replace(':enterpriseId', encodeURIComponent(enterpriseId))
    .replace(':extensionId', encodeURIComponent(extensionId))
    .replace(':id', encodeURIComponent(id));
}

/** Where a regulator opens one enterprise's hazard (a page path): the enterprise is in the address. */
export const regulatorHazardPath = (enterpriseId: string, hazardId: string) =>
  `/enterprises/${encodeURIComponent(enterpriseId)}/hazards/${encodeURIComponent(hazardId)}`;

/** 五个清单 of the hazard module that download as .xlsx. */
export type HazardExportList = 'hazards' | 'rectification' | 'closeOut';

/** A list as .xlsx with the page's filters (a plain GET carrying the session cookie). */
export function hazardExportUrl(
  enterpriseId: string,
  list: HazardExportList,
  filters: HazardFilters,
): string {
  const { sort: _sort, order: _order, limit: _limit, cursor: _cursor, ...rest } = hazardListParams(filters);
  return buildUrl(hazardPath('export', enterpriseId), { list, ...rest });
}

/** 一企一档 for a period of registration dates (either end may be open). */
export function hazardArchiveUrl(enterpriseId: string, from?: string, to?: string): string {
  return buildUrl(hazardPath('archive', enterpriseId), { from, to });
}

/** The list page's filters, as the page holds them (see `hazardListQuery`). */
export type HazardFilters = {
  state?: HazardState[] | undefined;
  grade?: HazardGrade | undefined;
  overdue?: boolean | undefined;
  mine?: boolean | undefined;
  awaitingMyAcceptance?: boolean | undefined;
  unitId?: string | undefined;
  dangerSrc?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  sort?: HazardSort | undefined;
  order?: 'asc' | 'desc' | undefined;
  limit?: number | undefined;
};

/**
 * The query string of one page of the list: states comma-separated, flags only when set (an unset
 * flag means "either", not "false"), empty texts dropped, and the keyset cursor of the page before.
 */
export function hazardListParams(filters: HazardFilters, cursor?: string | null): QueryParams {
  const q = filters.q?.trim();
  const flag = (on: boolean | undefined) => (on ? 'true' : undefined);
  return {
    state: filters.state && filters.state.length > 0 ? filters.state.join(',') : undefined,
    grade: filters.grade,
    overdue: flag(filters.overdue),
    mine: flag(filters.mine),
    awaitingMyAcceptance: flag(filters.awaitingMyAcceptance),
    unitId: filters.unitId,
    dangerSrc: filters.dangerSrc,
    from: filters.from,
    to: filters.to,
    q: q ? q : undefined,
    sort: filters.sort,
    order: filters.order,
    limit: filters.limit,
    cursor: cursor ?? undefined,
  };
}
