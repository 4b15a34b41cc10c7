import type { CancelInspectionPlanBody, InspectionPlan, InspectionPlanBody } from '@shuangkong/contracts';
import { inspectionPlanRoutes } from '@shuangkong/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client.ts';

const path = (template: string, ent: string, id?: string) =>
  template.replace(':enterpriseId', encodeURIComponent(ent)).replace(':id', encodeURIComponent(id ?? ''));

const plansKey = (ent: string) => ['inspection', ent, 'plans'] as const;

export function usePlans(ent: string) {
  return useQuery({
    queryKey: plansKey(ent),
    queryFn: ({ signal }) =>
      api.get<{ data: InspectionPlan[]; abilities: { create: boolean } }>(
        path(inspectionPlanRoutes.list, ent),
        undefined,
        signal,
      ),
    enabled: ent !== '',
  });
}

// A plan makes and withdraws tasks: every inspection view of the enterprise may change.
export function useCreatePlan(ent: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: InspectionPlanBody) =>
      api.post<{ data: InspectionPlan }>(path(inspectionPlanRoutes.create, ent), body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['inspection', ent] }),
  });
}

export function useCancelPlan(ent: string, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CancelInspectionPlanBody) =>
      api.post<{ data: InspectionPlan }>(path(inspectionPlanRoutes.cancel, ent, id), body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['inspection', ent] }),
  });
}

export type PersonRef = { id: string; name: string; orgUnitName: string | null };

/** The enterprise's people to assign; empty when the user may not list them. */
export function useEnterprisePeople(ent: string) {
  return useQuery({
    queryKey: ['inspection', ent, 'people'] as const,
    queryFn: async ({ signal }) => {
      try {
        return await api.get<{ data: PersonRef[] }>(
          '/users',
          { enterpriseId: ent, page: 1, pageSize: 100 },
          signal,
        );
      } catch {
        return { data: [] as PersonRef[] };
      }
    },
    enabled: ent !== '',
    staleTime: 60_000,
  });
}
