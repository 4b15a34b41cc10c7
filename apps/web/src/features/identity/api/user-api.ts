import type { Role } from '@shuangkong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client.ts';
import type { Envelope, ListEnvelope } from '../../../shared/api/envelope.ts';

export type User = {
  id: string;
  username: string;
  name: string;
  phone: string | null;
  roles: Role[];
  status: 'active' | 'disabled';
  enterpriseId: string | null;
  regulatorId: string | null;
  orgUnitId: string | null;
  orgUnitName: string | null;
  lastLoginAt: string | null;
};

export type UserFilters = {
  enterpriseId?: string;
  regulatorId?: string;
  q?: string;
  page: number;
  pageSize: number;
};

export type InviteInput = {
  username: string;
  name: string;
  phone: string;
  roles: Role[];
  enterpriseId?: string;
  regulatorId?: string;
  orgUnitId?: string;
};

export const userKeys = {
  all: ['users'] as const,
  list: (filters: UserFilters) => ['users', 'list', filters] as const,
};

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: userKeys.list(filters),
    queryFn: ({ signal }) => api.get<ListEnvelope<User, { canInvite: boolean }>>('/users', filters, signal),
    placeholderData: keepPreviousData,
  });
}

function useUserMutation<I, R>(fn: (input: I) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

const userPath = (id: string) => `/users/${encodeURIComponent(id)}`;

export const useInviteUser = () =>
  useUserMutation((input: InviteInput) =>
    api.post<Envelope<{ id: string; temporaryPassword: string }>>('/users', input),
  );

export const useUpdateUser = () =>
  useUserMutation(
    ({ id, ...patch }: { id: string; name?: string; phone?: string; orgUnitId?: string | null }) =>
      api.patch<Envelope<unknown>>(userPath(id), patch),
  );

export const useSetRoles = () =>
  useUserMutation(({ id, roles }: { id: string; roles: Role[] }) =>
    api.put<Envelope<unknown>>(`${userPath(id)}/roles`, { roles }),
  );

export const useSetUserEnabled = () =>
  useUserMutation(({ id, enabled }: { id: string; enabled: boolean }) =>
    api.post<Envelope<unknown>>(`${userPath(id)}/${enabled ? 'enable' : 'disable'}`),
  );

export const useResetPassword = () =>
  useUserMutation((id: string) =>
    api.post<Envelope<{ temporaryPassword: string }>>(`${userPath(id)}/password-reset`),
  );
