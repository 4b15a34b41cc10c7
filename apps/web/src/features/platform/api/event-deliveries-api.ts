import type { DeadLetter } from '@shuangkong/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client.ts';
import type { Envelope } from '../../../shared/api/envelope.ts';

const deadLettersKey = ['event-deliveries', 'dead'] as const;

/** Domain event deliveries that failed for good, newest first. */
export function useDeadLetters() {
  return useQuery({
    queryKey: deadLettersKey,
    queryFn: ({ signal }) =>
      api.get<Envelope<DeadLetter[]>>('/admin/event-deliveries/dead', undefined, signal),
  });
}

export function useRetryDeadLetter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) =>
      api.post<Envelope<{ jobId: string }>>(`/admin/event-deliveries/${encodeURIComponent(jobId)}/retry`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: deadLettersKey }),
  });
}
