import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client.ts';
import type { Envelope, WithAbilities } from '../../../shared/api/envelope.ts';

/** '*' stands for every industry within the jurisdiction. */
export const ALL_INDUSTRIES = '*';

export type Remit = { jurisdictionCode: string; jurisdictionName?: string; industryCode: string };
export type Regulator = {
  id: string;
  name: string;
  kind: string;
  jurisdictionCode: string;
  jurisdictionName: string;
  isActive: boolean;
  remits: Remit[];
};
export type RegulatorInput = { name: string; kind: string; jurisdictionCode: string; remits: Remit[] };

export const regulatorKeys = {
  all: ['regulators'] as const,
  list: ['regulators', 'list'] as const,
};

export function useRegulators(enabled = true) {
  return useQuery({
    queryKey: regulatorKeys.list,
    queryFn: ({ signal }) =>
      api.get<WithAbilities<Regulator[], { canCreate: boolean }>>('/regulators', undefined, signal),
    enabled,
  });
}

function useRegulatorMutation<I, R>(fn: (input: I) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: regulatorKeys.all }),
  });
}

const path = (id: string) => `/regulators/${encodeURIComponent(id)}`;
const remitBody = (remits: Remit[]) =>
  remits.map(({ jurisdictionCode, industryCode }) => ({ jurisdictionCode, industryCode }));

export const useCreateRegulator = () =>
  useRegulatorMutation((input: RegulatorInput) =>
    api.post<Envelope<{ id: string }>>('/regulators', { ...input, remits: remitBody(input.remits) }),
  );

export const useUpdateRegulator = () =>
  useRegulatorMutation(({ id, ...patch }: { id: string; name?: string; kind?: string; isActive?: boolean }) =>
    api.patch<Envelope<unknown>>(path(id), patch),
  );

export const useSetRemits = () =>
  useRegulatorMutation(({ id, remits }: { id: string; remits: Remit[] }) =>
    api.put<Envelope<unknown>>(`${path(id)}/remits`, { remits: remitBody(remits) }),
  );
