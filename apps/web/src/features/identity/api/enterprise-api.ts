import type {
  Enterprise,
  EnterpriseAbilities,
  EnterpriseInput,
  EnterpriseListItem,
  EnterpriseRegistration,
  EnterpriseUpdate,
} from '@shuangkong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client.ts';
import type { Envelope, ListEnvelope, WithAbilities } from '../../../shared/api/envelope.ts';

export type { Enterprise, EnterpriseAbilities, EnterpriseInput, EnterpriseListItem, EnterpriseRegistration };
export type EnterpriseScale = Enterprise['scale'];
export type EnterpriseStatus = Enterprise['status'];

export type EnterpriseFilters = {
  q?: string;
  jurisdictionCode?: string;
  industryCode?: string;
  scale?: EnterpriseScale;
  status?: EnterpriseStatus;
  isHighRisk?: 'true' | 'false';
  /** A key-supervised hazardous chemical process code ('01'–'18'). */
  keyProcess?: string;
  /** Derived from the risk register. */
  hasMajorHazardSource?: 'true' | 'false';
  page: number;
  pageSize: number;
};

export type AuditEvent = {
  seq: number;
  action: string;
  actorName: string | null;
  occurredAt: string;
  before: unknown;
  after: unknown;
};

export const enterpriseKeys = {
  all: ['enterprises'] as const,
  list: (filters: EnterpriseFilters) => ['enterprises', 'list', filters] as const,
  detail: (id: string) => ['enterprises', 'detail', id] as const,
  audit: (id: string) => ['audit-events', 'enterprise', id] as const,
};

export function useEnterprises(filters: EnterpriseFilters) {
  return useQuery({
    queryKey: enterpriseKeys.list(filters),
    queryFn: ({ signal }) =>
      api.get<ListEnvelope<EnterpriseListItem, { canRegister: boolean }>>('/enterprises', filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useEnterprise(id: string | undefined) {
  return useQuery({
    queryKey: enterpriseKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      api.get<WithAbilities<Enterprise, EnterpriseAbilities>>(
        `/enterprises/${encodeURIComponent(id ?? '')}`,
        undefined,
        signal,
      ),
    enabled: Boolean(id),
  });
}

export function useEnterpriseAudit(id: string, enabled: boolean) {
  return useQuery({
    queryKey: enterpriseKeys.audit(id),
    queryFn: ({ signal }) =>
      api.get<Envelope<AuditEvent[]>>('/audit-events', { entityType: 'enterprise', entityId: id }, signal),
    enabled,
  });
}

export function useRegisterEnterprise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EnterpriseInput) => api.post<Envelope<{ id: string }>>('/enterprises', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: enterpriseKeys.all }),
  });
}

export function useUpdateEnterprise(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: EnterpriseUpdate) =>
      api.patch<WithAbilities<Enterprise, EnterpriseAbilities>>(
        `/enterprises/${encodeURIComponent(id)}`,
        patch,
      ),
    onSuccess: (result) => {
      queryClient.setQueryData(enterpriseKeys.detail(id), result);
      void queryClient.invalidateQueries({ queryKey: enterpriseKeys.all });
      void queryClient.invalidateQueries({ queryKey: enterpriseKeys.audit(id) });
      // The session carries the enterprise name and safe-since date shown in the shell.
      void queryClient.invalidateQueries({ queryKey: ['auth', 'session'] });
    },
  });
}

export type ReviewInput = { decision: 'approve' | 'reject'; reason: string };

export function useReviewEnterprise(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReviewInput) =>
      api.post<WithAbilities<Enterprise, EnterpriseAbilities>>(
        `/enterprises/${encodeURIComponent(id)}/review`,
        input,
      ),
    onSuccess: (result) => {
      queryClient.setQueryData(enterpriseKeys.detail(id), result);
      void queryClient.invalidateQueries({ queryKey: enterpriseKeys.all });
      void queryClient.invalidateQueries({ queryKey: enterpriseKeys.audit(id) });
      void queryClient.invalidateQueries({ queryKey: ['todos'] });
    },
  });
}

export function useSubmitRegistration() {
  return useMutation({
    mutationFn: (input: EnterpriseRegistration) =>
      api.post<Envelope<{ id: string }>>('/enterprise-registrations', input),
  });
}
