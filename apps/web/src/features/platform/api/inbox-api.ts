import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client.ts';
import type { Envelope } from '../../../shared/api/envelope.ts';

export type InboxItem = {
  id: string;
  kind: string;
  title: string;
  body: string;
  params?: Record<string, string | number>;
  link: string | null;
  createdAt: string;
  readAt: string | null;
};
export type InboxResponse = { data: InboxItem[]; unreadCount: number };
export type Todo = {
  key: string;
  title: string;
  count: number;
  link: string | null;
  params?: Record<string, string | number>;
};

export const inboxKeys = {
  all: ['inbox'] as const,
  list: (unreadOnly: boolean) => ['inbox', 'list', { unreadOnly }] as const,
  todos: ['todos'] as const,
};

export function useInbox(unreadOnly: boolean, options: { poll?: boolean } = {}) {
  return useQuery({
    queryKey: inboxKeys.list(unreadOnly),
    queryFn: ({ signal }) => api.get<InboxResponse>('/inbox', { unreadOnly }, signal),
    // The bell is the only push channel until server-sent events arrive; a minute is fresh enough.
    refetchInterval: options.poll ? 60_000 : false,
  });
}

export function useTodos() {
  return useQuery({
    queryKey: inboxKeys.todos,
    queryFn: ({ signal }) => api.get<Envelope<Todo[]>>('/todos', undefined, signal),
    refetchInterval: 120_000,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<null>(`/inbox/${encodeURIComponent(id)}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inboxKeys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<null>('/inbox/read-all'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inboxKeys.all }),
  });
}
