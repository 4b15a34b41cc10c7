import type { IndicatorGroupBy, InspectionIndicators, InspectionOutcome } from '@shuangkong/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../shared/api/client.ts';

const e = (ent: string) => `/enterprises/${encodeURIComponent(ent)}/inspection`;

export const OUTCOMES_PAGE = 20;

export type OutcomeFilter = {
  from: string;
  to: string;
  unitId?: string;
  responsibleUserId?: string;
  workType?: string;
  day?: string;
  status?: string;
  offset?: number;
};

/** Narrows the tasks counted: one unit, person ('none' = items naming no one) or work type. */
export type TaskScope = { unitId?: string; responsibleUserId?: string; workType?: string };

export function useIndicators(
  ent: string,
  from: string,
  to: string,
  groupBy: IndicatorGroupBy,
  scope: TaskScope = {},
) {
  return useQuery({
    queryKey: ['inspection', ent, 'indicators', from, to, groupBy, scope] as const,
    queryFn: ({ signal }) =>
      api.get<{ data: InspectionIndicators }>(
        `${e(ent)}/indicators`,
        { from, to, groupBy, ...scope },
        signal,
      ),
    enabled: ent !== '',
    placeholderData: keepPreviousData,
  });
}

export function useOutcomes(ent: string, filter: OutcomeFilter | null) {
  return useQuery({
    queryKey: ['inspection', ent, 'outcomes', filter] as const,
    queryFn: ({ signal }) =>
      api.get<{ data: InspectionOutcome[]; total: number }>(
        `${e(ent)}/outcomes`,
        { ...filter, limit: OUTCOMES_PAGE },
        signal,
      ),
    enabled: ent !== '' && filter !== null,
    placeholderData: keepPreviousData,
  });
}
