import {
  regionalRoutes,
  type EnterpriseTierExplanation,
  type RegionalRiskChanges,
  type RegionalRiskFilters,
  type RegionalRiskList,
  type RegionalRiskSort,
  type RegionalRiskSummary,
  type SaveTierTableBody,
  type SupervisionDashboard,
  type TierList,
  type TierTable,
} from '@shuangkong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, buildUrl, type QueryParams } from '../../../../shared/api/client.ts';
import type { Envelope } from '../../../../shared/api/envelope.ts';

export type RiskPageFilters = RegionalRiskFilters & {
  sort: RegionalRiskSort;
  page: number;
  pageSize: number;
};
export type TierFilters = {
  level?: string | undefined;
  tier?: string | undefined;
  industry?: string | undefined;
  township?: string | undefined;
  q?: string | undefined;
  adjusted?: 'true' | 'false' | undefined;
  page: number;
  pageSize: number;
};

const keys = {
  all: ['supervision', 'regional'] as const,
  risks: (f: RiskPageFilters) => [...keys.all, 'risks', f] as const,
  summary: (f: RegionalRiskFilters) => [...keys.all, 'summary', f] as const,
  changes: (f: RegionalRiskFilters) => [...keys.all, 'changes', f] as const,
  tiers: (f: TierFilters) => [...keys.all, 'tiers', f] as const,
  tierTable: () => [...keys.all, 'tier-table'] as const,
  enterpriseTier: (id: string) => [...keys.all, 'enterprise-tier', id] as const,
  dashboard: () => [...keys.all, 'dashboard'] as const,
};

const filtersOnly = (f: RegionalRiskFilters): QueryParams => ({
  level: f.level,
  industry: f.industry,
  township: f.township,
  accidentType: f.accidentType,
  q: f.q,
});

export function riskExportUrl(f: RegionalRiskFilters & { sort: RegionalRiskSort }): string {
  return buildUrl(regionalRoutes.risksExport, { ...filtersOnly(f), sort: f.sort });
}

export function useRegionalRisks(f: RiskPageFilters) {
  return useQuery({
    queryKey: keys.risks(f),
    queryFn: ({ signal }) =>
      api.get<RegionalRiskList>(
        regionalRoutes.risks,
        { ...filtersOnly(f), sort: f.sort, page: f.page, pageSize: f.pageSize },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useRiskSummary(f: RegionalRiskFilters) {
  return useQuery({
    queryKey: keys.summary(f),
    queryFn: ({ signal }) =>
      api.get<Envelope<RegionalRiskSummary>>(regionalRoutes.risksSummary, filtersOnly(f), signal),
    select: (e) => e.data,
    placeholderData: keepPreviousData,
  });
}

export function useRiskChanges(f: RegionalRiskFilters) {
  const only = { industry: f.industry, township: f.township, q: f.q };
  return useQuery({
    queryKey: keys.changes(only),
    queryFn: ({ signal }) =>
      api.get<Envelope<RegionalRiskChanges>>(regionalRoutes.risksChanges, only, signal),
    select: (e) => e.data,
    placeholderData: keepPreviousData,
  });
}

export function useTiers(f: TierFilters) {
  return useQuery({
    queryKey: keys.tiers(f),
    queryFn: ({ signal }) => api.get<TierList>(regionalRoutes.tiers, { ...f }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTierTable() {
  return useQuery({
    queryKey: keys.tierTable(),
    queryFn: ({ signal }) => api.get<TierTable>(regionalRoutes.tierTable, undefined, signal),
  });
}

export function useSaveTierTable() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveTierTableBody) => api.put<TierTable>(regionalRoutes.tierTable, body),
    // The table moves every enterprise's tier: the lists, explanations and home figures refresh.
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useEnterpriseTier(enterpriseId: string) {
  return useQuery({
    queryKey: keys.enterpriseTier(enterpriseId),
    queryFn: ({ signal }) =>
      api.get<Envelope<EnterpriseTierExplanation>>(
        regionalRoutes.enterpriseTier.replace(':enterpriseId', enterpriseId),
        undefined,
        signal,
      ),
    select: (e) => e.data,
  });
}

export function useSupervisionDashboard() {
  return useQuery({
    queryKey: keys.dashboard(),
    queryFn: ({ signal }) =>
      api.get<Envelope<SupervisionDashboard>>(regionalRoutes.dashboard, undefined, signal),
    select: (e) => e.data,
  });
}
