import {
  supervisionMapRoutes,
  type BoundarySet,
  type PublicRiskDetail,
  type PublicRiskInput,
  type PublicRiskListQuery,
  type PublicRiskOwnerList,
  type PublicRiskSummary,
  type RegionalMapData,
} from '@shuangkong/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../shared/api/client.ts';
import type { Envelope } from '../../../../shared/api/envelope.ts';

const publicRiskPath = (id: string) => supervisionMapRoutes.publicRisk.replace(':id', encodeURIComponent(id));

export const mapApi = {
  data: (signal?: AbortSignal) =>
    api.get<Envelope<RegionalMapData>>(supervisionMapRoutes.data, undefined, signal),
  boundaries: (signal?: AbortSignal) =>
    api.get<Envelope<BoundarySet>>(supervisionMapRoutes.boundaries, undefined, signal),
  uploadBoundaries: (body: unknown) =>
    api.put<Envelope<{ stored: number; replaced: number }>>(supervisionMapRoutes.boundaries, body),
  publicRisks: (query: PublicRiskListQuery, signal?: AbortSignal) =>
    api.get<Envelope<PublicRiskSummary[]>>(supervisionMapRoutes.publicRisks, query, signal),
  publicRisk: (id: string, signal?: AbortSignal) =>
    api.get<Envelope<PublicRiskDetail>>(publicRiskPath(id), undefined, signal),
  owners: (signal?: AbortSignal) =>
    api.get<Envelope<PublicRiskOwnerList>>(supervisionMapRoutes.publicRiskOwners, undefined, signal),
  create: (body: PublicRiskInput) =>
    api.post<Envelope<PublicRiskDetail>>(supervisionMapRoutes.publicRisks, body),
  update: (id: string, body: PublicRiskInput & { version: number }) =>
    api.put<Envelope<PublicRiskDetail>>(publicRiskPath(id), body),
  retire: (id: string, body: { reason: string; version: number }) =>
    api.post<Envelope<PublicRiskDetail>>(
      supervisionMapRoutes.retirePublicRisk.replace(':id', encodeURIComponent(id)),
      body,
    ),
};

export const mapKeys = {
  all: ['supervision', 'map'] as const,
  data: () => ['supervision', 'map', 'data'] as const,
  boundaries: () => ['supervision', 'map', 'boundaries'] as const,
  publicRisks: (query: PublicRiskListQuery) => ['supervision', 'map', 'public-risks', query] as const,
  publicRisk: (id: string) => ['supervision', 'map', 'public-risk', id] as const,
  owners: () => ['supervision', 'map', 'owners'] as const,
};

export function useRegionalMapData() {
  return useQuery({ queryKey: mapKeys.data(), queryFn: ({ signal }) => mapApi.data(signal) });
}

export function useBoundarySet() {
  return useQuery({ queryKey: mapKeys.boundaries(), queryFn: ({ signal }) => mapApi.boundaries(signal) });
}

export function usePublicRisks(query: PublicRiskListQuery) {
  return useQuery({
    queryKey: mapKeys.publicRisks(query),
    queryFn: ({ signal }) => mapApi.publicRisks(query, signal),
  });
}

export function usePublicRisk(id: string) {
  return useQuery({
    queryKey: mapKeys.publicRisk(id),
    queryFn: ({ signal }) => mapApi.publicRisk(id, signal),
  });
}

export function usePublicRiskOwners() {
  return useQuery({
    queryKey: mapKeys.owners(),
    queryFn: ({ signal }) => mapApi.owners(signal),
    staleTime: 60_000,
  });
}

/** Every change here shows on the map and in the list: refresh the part's queries. */
function useMapMutation<TVars, TData>(fn: (vars: TVars) => Promise<TData>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: mapKeys.all }),
  });
}

export const useUploadBoundaries = () => useMapMutation((body: unknown) => mapApi.uploadBoundaries(body));
export const useCreatePublicRisk = () => useMapMutation((body: PublicRiskInput) => mapApi.create(body));
export const useUpdatePublicRisk = () =>
  useMapMutation((v: { id: string; body: PublicRiskInput & { version: number } }) =>
    mapApi.update(v.id, v.body),
  );
export const useRetirePublicRisk = () =>
  useMapMutation((v: { id: string; body: { reason: string; version: number } }) =>
    mapApi.retire(v.id, v.body),
  );
