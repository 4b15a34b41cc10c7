import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client.ts';
import type { Envelope, WithAbilities } from '../../../shared/api/envelope.ts';

export type OrgUnitKind = 'department' | 'workshop' | 'team' | 'post';
export const orgUnitKinds: readonly OrgUnitKind[] = ['department', 'workshop', 'team', 'post'];
export type OrgUnit = { id: string; parentId: string | null; name: string; kind: OrgUnitKind; sort: number };
export type OrgUnitInput = { parentId: string | null; name: string; kind: OrgUnitKind; sort?: number };

export const orgUnitKeys = {
  list: (enterpriseId: string) => ['org-units', enterpriseId] as const,
};

const base = (enterpriseId: string) => `/enterprises/${encodeURIComponent(enterpriseId)}/org-units`;

export function useOrgUnits(enterpriseId: string | null | undefined) {
  return useQuery({
    queryKey: orgUnitKeys.list(enterpriseId ?? ''),
    queryFn: ({ signal }) =>
      api.get<WithAbilities<OrgUnit[], { canManage: boolean }>>(base(enterpriseId ?? ''), undefined, signal),
    enabled: Boolean(enterpriseId),
  });
}

function useInvalidate(enterpriseId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: orgUnitKeys.list(enterpriseId) });
    // Users show their unit's name.
    void queryClient.invalidateQueries({ queryKey: ['users'] });
  };
}

export function useCreateOrgUnit(enterpriseId: string) {
  const onSuccess = useInvalidate(enterpriseId);
  return useMutation({
    mutationFn: (input: OrgUnitInput) => api.post<Envelope<{ id: string }>>(base(enterpriseId), input),
    onSuccess,
  });
}

export function useUpdateOrgUnit(enterpriseId: string) {
  const onSuccess = useInvalidate(enterpriseId);
  return useMutation({
    mutationFn: ({ id, ...patch }: Partial<OrgUnitInput> & { id: string }) =>
      api.patch<Envelope<unknown>>(`${base(enterpriseId)}/${encodeURIComponent(id)}`, patch),
    onSuccess,
  });
}

export function useDeleteOrgUnit(enterpriseId: string) {
  const onSuccess = useInvalidate(enterpriseId);
  return useMutation({
    mutationFn: (id: string) => api.delete(`${base(enterpriseId)}/${encodeURIComponent(id)}`),
    onSuccess,
  });
}
