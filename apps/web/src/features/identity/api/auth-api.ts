import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../shared/api/api-error.ts';
import { api, setCsrfToken } from '../../../shared/api/client.ts';
import type { Envelope } from '../../../shared/api/envelope.ts';
import type { SessionInfo } from '../../../shared/session/session.ts';

export const sessionKey = ['auth', 'session'] as const;

/** The current session, or null when nobody is logged in (a 401 is an answer, not an error). */
export async function fetchSession(): Promise<SessionInfo | null> {
  try {
    const { data } = await api.get<Envelope<SessionInfo>>('/auth/session');
    setCsrfToken(data.csrfToken);
    return data;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSessionQuery() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 5 * 60_000, retry: false });
}

export type LoginInput = { login: string; password: string };

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<Envelope<SessionInfo>>('/auth/login', input),
    onSuccess: ({ data }) => {
      // Another user's cached lists must never show under this login.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      setCsrfToken(data.csrfToken);
      queryClient.setQueryData(sessionKey, data);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<null>('/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionKey, null);
    },
  });
}

export type ChangePasswordInput = { currentPassword: string; newPassword: string };

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => api.post<null>('/auth/password', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  });
}
