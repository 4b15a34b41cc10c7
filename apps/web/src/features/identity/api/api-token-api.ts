import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client.ts';
import type { Envelope } from '../../../shared/api/envelope.ts';

export type ApiToken = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
};
export type ApiTokenInput = { name: string; scopes: string[]; expiresAt?: string };

export const apiTokenKeys = { list: ['api-tokens'] as const };

export function useApiTokens() {
  return useQuery({
    queryKey: apiTokenKeys.list,
    queryFn: ({ signal }) => api.get<Envelope<ApiToken[]>>('/api-tokens', undefined, signal),
  });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiTokenInput) =>
      api.post<Envelope<{ id: string; token: string }>>('/api-tokens', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.list }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api-tokens/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.list }),
  });
}
