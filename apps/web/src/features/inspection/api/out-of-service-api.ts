import type { OutOfServiceBody, OutOfServicePeriod } from '@shuangkong/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client.ts';

const base = (ent: string) => `/enterprises/${encodeURIComponent(ent)}/inspection/out-of-service`;
const key = (ent: string) => ['inspection', ent, 'out-of-service'] as const;

export function useOutOfService(ent: string) {
  return useQuery({
    queryKey: key(ent),
    queryFn: ({ signal }) =>
      api.get<{ data: OutOfServicePeriod[]; abilities: { create: boolean } }>(base(ent), undefined, signal),
    enabled: ent !== '',
  });
}

// A period changes which tasks the next generation makes: refresh every inspection view.
export function useSaveOutOfService(ent: string, id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: OutOfServiceBody) =>
      id === null
        ? api.post<{ data: OutOfServicePeriod }>(base(ent), body)
        : api.put<{ data: OutOfServicePeriod }>(`${base(ent)}/${encodeURIComponent(id)}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['inspection', ent] }),
  });
}

export function useDeleteOutOfService(ent: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`${base(ent)}/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['inspection', ent] }),
  });
}
