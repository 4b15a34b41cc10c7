import {
  enforcementRoutes as paths,
  type BlacklistEntry,
  type BlacklistPublication,
  type ConflictRow,
  type DrawDetail,
  type DrawInput,
  type DrawSummary,
  type DrawVerification,
  type EnforcementPlanView,
  type EnterpriseOrder,
  type ExpertCoverage,
  type InspectionDetail,
  type InspectionView,
  type PenaltyView,
  type PoolCandidates,
  type PoolDetail,
  type PoolSummary,
} from '@shuangkong/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../shared/api/client.ts';
import type { Envelope } from '../../../../shared/api/envelope.ts';

const fill = (path: string, params: Record<string, string>) =>
  path.replace(/:(\w+)/g, (_, k: string) => encodeURIComponent(params[k] ?? ''));

/** Every cache entry of the part; mutations invalidate all of it (the lists are small). */
const root = ['supervision', 'enforcement'] as const;

export const enforcementKeys = {
  plan: (year: number) => [...root, 'plan', year] as const,
  pools: () => [...root, 'pools'] as const,
  pool: (id: string) => [...root, 'pool', id] as const,
  candidates: (f: CandidateFilters) => [...root, 'candidates', f] as const,
  draws: () => [...root, 'draws'] as const,
  draw: (id: string) => [...root, 'draw', id] as const,
  inspections: (q: InspectionQuery) => [...root, 'inspections', q] as const,
  inspection: (ent: string, id: string) => [...root, 'inspection', ent, id] as const,
  expert: (year: number) => [...root, 'expert', year] as const,
  conflicts: () => [...root, 'conflicts'] as const,
  penalties: () => [...root, 'penalties'] as const,
  blacklist: (scope: 'active' | 'all') => [...root, 'blacklist', scope] as const,
  publications: () => [...root, 'publications'] as const,
  orders: (ent: string) => [...root, 'orders', ent] as const,
};

export type CandidateFilters = { industryCodes: string[]; scales: string[]; levels: string[] };
export type InspectionQuery = { year?: number; kind?: string; state?: string };

export function usePlan(year: number) {
  return useQuery({
    queryKey: enforcementKeys.plan(year),
    queryFn: ({ signal }) => api.get<Envelope<EnforcementPlanView>>(paths.plan, { year }, signal),
  });
}
export function usePools() {
  return useQuery({
    queryKey: enforcementKeys.pools(),
    queryFn: ({ signal }) => api.get<Envelope<PoolSummary[]>>(paths.pools, undefined, signal),
  });
}
export function usePool(id: string) {
  return useQuery({
    queryKey: enforcementKeys.pool(id),
    queryFn: ({ signal }) => api.get<Envelope<PoolDetail>>(fill(paths.pool, { id }), undefined, signal),
    enabled: id !== '',
  });
}
export function usePoolCandidates(f: CandidateFilters, enabled: boolean) {
  return useQuery({
    queryKey: enforcementKeys.candidates(f),
    queryFn: ({ signal }) =>
      api.get<Envelope<PoolCandidates>>(
        paths.poolCandidates,
        { industryCodes: f.industryCodes.join(','), scales: f.scales.join(','), levels: f.levels.join(',') },
        signal,
      ),
    enabled,
  });
}
export function useDraws() {
  return useQuery({
    queryKey: enforcementKeys.draws(),
    queryFn: ({ signal }) => api.get<Envelope<DrawSummary[]>>(paths.draws, undefined, signal),
  });
}
export function useDraw(id: string) {
  return useQuery({
    queryKey: enforcementKeys.draw(id),
    queryFn: ({ signal }) => api.get<Envelope<DrawDetail>>(fill(paths.draw, { id }), undefined, signal),
  });
}
export function useInspections(q: InspectionQuery) {
  return useQuery({
    queryKey: enforcementKeys.inspections(q),
    queryFn: ({ signal }) => api.get<Envelope<InspectionView[]>>(paths.inspections, q, signal),
  });
}
export function useInspection(ent: string, id: string) {
  return useQuery({
    queryKey: enforcementKeys.inspection(ent, id),
    queryFn: ({ signal }) =>
      api.get<Envelope<InspectionDetail>>(
        fill(paths.inspection, { enterpriseId: ent, id }),
        undefined,
        signal,
      ),
  });
}
export function useExpertCoverage(year: number) {
  return useQuery({
    queryKey: enforcementKeys.expert(year),
    queryFn: ({ signal }) => api.get<Envelope<ExpertCoverage>>(paths.expertCoverage, { year }, signal),
  });
}
export function useConflicts() {
  return useQuery({
    queryKey: enforcementKeys.conflicts(),
    queryFn: ({ signal }) => api.get<Envelope<ConflictRow[]>>(paths.conflicts, undefined, signal),
  });
}
export function usePenalties() {
  return useQuery({
    queryKey: enforcementKeys.penalties(),
    queryFn: ({ signal }) => api.get<Envelope<PenaltyView[]>>(paths.penalties, undefined, signal),
  });
}
export function useBlacklist(scope: 'active' | 'all') {
  return useQuery({
    queryKey: enforcementKeys.blacklist(scope),
    queryFn: ({ signal }) => api.get<Envelope<BlacklistEntry[]>>(paths.blacklist, { scope }, signal),
  });
}
export function useBlacklistPublications() {
  return useQuery({
    queryKey: enforcementKeys.publications(),
    queryFn: ({ signal }) =>
      api.get<Envelope<BlacklistPublication[]>>(paths.blacklistPublications, undefined, signal),
  });
}
export function useEnterpriseOrders(ent: string) {
  return useQuery({
    queryKey: enforcementKeys.orders(ent),
    queryFn: ({ signal }) =>
      api.get<Envelope<EnterpriseOrder[]>>(
        fill(paths.enterpriseOrders, { enterpriseId: ent }),
        undefined,
        signal,
      ),
    enabled: ent !== '',
  });
}

/** A mutation of the part that refreshes every enforcement list after it succeeds. */
function useEnforcementMutation<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: root }),
  });
}

type Created = Envelope<{ id: string }>;
export const useSetPlan = () => useEnforcementMutation((body: unknown) => api.put<null>(paths.plan, body));
export const useCreatePool = () =>
  useEnforcementMutation((body: unknown) => api.post<Created>(paths.pools, body));
export const useFilePool = () =>
  useEnforcementMutation((id: string) =>
    api.post<Envelope<{ isFiledLate: boolean }>>(fill(paths.filePool, { id })),
  );
export const useMakeDraw = () =>
  useEnforcementMutation((body: unknown) => api.post<Created>(paths.draws, body));
export const useVerifyStoredDraw = () =>
  useMutation({
    mutationFn: (id: string) => api.get<Envelope<DrawVerification>>(fill(paths.drawVerification, { id })),
  });
export const useVerifyDraw = () =>
  useMutation({
    mutationFn: (body: { input: DrawInput; expectedDigest?: string }) =>
      api.post<Envelope<DrawVerification>>(paths.verifyDraw, body),
  });
export const useCreateInspection = () =>
  useEnforcementMutation((body: unknown) => api.post<Created>(paths.inspections, body));
export const useRecordInspection = (ent: string, id: string) =>
  useEnforcementMutation((body: unknown) =>
    api.post<Envelope<{ hazardIds: string[] }>>(
      fill(paths.recordInspection, { enterpriseId: ent, id }),
      body,
    ),
  );
export const usePublishInspection = (ent: string, id: string) =>
  useEnforcementMutation(() => api.post<null>(fill(paths.publishInspection, { enterpriseId: ent, id })));
export const useAddPenalty = () =>
  useEnforcementMutation((body: unknown) => api.post<Created>(paths.penalties, body));
export const useAddConflict = () =>
  useEnforcementMutation((body: unknown) => api.post<Created>(paths.conflicts, body));
export const useRemoveConflict = () =>
  useEnforcementMutation((v: { enterpriseId: string; id: string; reason: string }) =>
    api.post<null>(fill(paths.removeConflict, v), { reason: v.reason }),
  );
export const useAddBlacklist = () =>
  useEnforcementMutation((body: unknown) => api.post<Created>(paths.blacklist, body));
export const useRemoveBlacklist = () =>
  useEnforcementMutation((v: { enterpriseId: string; id: string; reason: string }) =>
    api.post<null>(fill(paths.removeBlacklist, v), { reason: v.reason }),
  );
export const usePublishBlacklist = () =>
  useEnforcementMutation((body: { year: number; quarter: number }) =>
    api.post<Created>(paths.blacklistPublications, body),
  );
