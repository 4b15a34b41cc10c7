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

export function useIndicators(ent: string, from: string, to: string, groupBy: IndicatorGroupBy) {
  return useQuery({
    queryKey: ['inspection', ent, 'indicators', from, to, groupBy] as const,
    queryFn: ({ signal }) =>
      api.get<{ data: InspectionIndicators }>(`${e(ent)}/indicators`, { from, to, groupBy }, signal),
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
