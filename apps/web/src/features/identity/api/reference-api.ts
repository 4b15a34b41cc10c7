import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client.ts';
import type { Envelope } from '../../../shared/api/envelope.ts';

export type JurisdictionLevel = 'province' | 'city' | 'county' | 'township' | 'grid';
export type Jurisdiction = {
  code: string;
  parentCode: string | null;
  name: string;
  level: JurisdictionLevel;
  path: string;
};
export type Industry = {
  code: string;
  parentCode: string | null;
  nameZh: string;
  nameEn: string;
  gbt4754: readonly string[] | string | null;
  isHighRisk: boolean;
};

export const referenceKeys = {
  jurisdictions: ['jurisdictions'] as const,
  industries: ['industries'] as const,
};

// Code lists change rarely; an hour keeps pickers instant across pages.
const REFERENCE_STALE_MS = 60 * 60_000;

export function useJurisdictions() {
  return useQuery({
    queryKey: referenceKeys.jurisdictions,
    queryFn: ({ signal }) => api.get<Envelope<Jurisdiction[]>>('/jurisdictions', undefined, signal),
    select: (envelope) => envelope.data,
    staleTime: REFERENCE_STALE_MS,
  });
}

export function useIndustries() {
  return useQuery({
    queryKey: referenceKeys.industries,
    queryFn: ({ signal }) => api.get<Envelope<Industry[]>>('/industries', undefined, signal),
    select: (envelope) => envelope.data,
    staleTime: REFERENCE_STALE_MS,
  });
}

export type JurisdictionInput = {
  code: string;
  parentCode: string | null;
  name: string;
  level: JurisdictionLevel;
};

export function useCreateJurisdiction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: JurisdictionInput) => api.post<Envelope<unknown>>('/jurisdictions', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: referenceKeys.jurisdictions }),
  });
}

export function useRenameJurisdiction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, name }: { code: string; name: string }) =>
      api.patch<Envelope<unknown>>(`/jurisdictions/${encodeURIComponent(code)}`, { name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: referenceKeys.jurisdictions }),
  });
}

export function useUpdateIndustry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, ...patch }: { code: string; nameZh?: string; isHighRisk?: boolean }) =>
      api.patch<Envelope<unknown>>(`/industries/${encodeURIComponent(code)}`, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: referenceKeys.industries }),
  });
}
