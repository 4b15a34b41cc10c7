import {
  listingRoutes,
  type createListingBody,
  type delistBody,
  type exposeBody,
  type ListingAgency,
  type ListingDetail,
  type ListingList,
  type ListingListQuery,
  type ListingState,
  type recordEvaluationBody,
  type recordInterviewBody,
  type recordVerificationBody,
  type requestEvaluationBody,
} from '@shuangkong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../../shared/api/client.ts';
import type { Envelope } from '../../../../shared/api/envelope.ts';
import { postFile } from '../../../../shared/api/post-file.ts';

export type ListingBodies = {
  requestEvaluation: z.input<typeof requestEvaluationBody>;
  evaluations: z.input<typeof recordEvaluationBody>;
  verifications: z.input<typeof recordVerificationBody>;
  delisting: z.input<typeof delistBody>;
  interviews: z.input<typeof recordInterviewBody>;
  exposure: z.input<typeof exposeBody>;
};
export type ListingStep = keyof ListingBodies;
export type CreateListingInput = z.input<typeof createListingBody>;

const pathOf = (route: string, id: string) => route.replace(':id', encodeURIComponent(id));

export const listingApi = {
  list: (query: Partial<ListingListQuery>, signal?: AbortSignal) =>
    api.get<ListingList>(listingRoutes.list, query, signal),
  detail: (id: string, signal?: AbortSignal) =>
    api.get<Envelope<ListingDetail>>(pathOf(listingRoutes.detail, id), undefined, signal),
  create: (body: CreateListingInput) => api.post<Envelope<{ id: string }>>(listingRoutes.list, body),
  agencies: (signal?: AbortSignal) =>
    api.get<Envelope<ListingAgency[]>>(listingRoutes.agencies, undefined, signal),
  step: <S extends ListingStep>(id: string, step: S, body: ListingBodies[S]) =>
    api.post<Envelope<ListingDetail>>(pathOf(listingRoutes[step], id), body),
  /** The agency's report, filed under the listing (agencies have no enterprise of their own). */
  uploadReport: async (id: string, file: File, csrfToken: string) => {
    const res = await postFile<Envelope<{ id: string; originalName: string }>>(
      pathOf(listingRoutes.evaluationReport, id),
      file,
      csrfToken,
    );
    if (!res.ok) throw res.error;
    return res.data.data;
  },
};

export const listingKeys = {
  all: ['supervision', 'listing'] as const,
  list: (query: object) => ['supervision', 'listing', 'list', query] as const,
  detail: (id: string) => ['supervision', 'listing', 'detail', id] as const,
};

export function useListings(query: {
  state?: ListingState | undefined;
  filter: 'all' | 'attention' | 'overdue';
  q: string;
}) {
  return useQuery({
    queryKey: listingKeys.list(query),
    queryFn: ({ signal }) =>
      listingApi.list(
        {
          filter: query.filter,
          ...(query.state ? { state: query.state } : {}),
          ...(query.q ? { q: query.q } : {}),
        },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useListing(id: string) {
  return useQuery({
    queryKey: listingKeys.detail(id),
    queryFn: ({ signal }) => listingApi.detail(id, signal),
  });
}

export function useListingAgencies(enabled: boolean) {
  return useQuery({
    queryKey: ['supervision', 'listing', 'agencies'] as const,
    queryFn: ({ signal }) => listingApi.agencies(signal),
    enabled,
  });
}

export function useCreateListing() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: listingApi.create,
    onSuccess: () => client.invalidateQueries({ queryKey: listingKeys.all }),
  });
}

/** One step of a listing (evaluation, verification, delisting, …); the page reloads after it. */
export function useListingStep<S extends ListingStep>(id: string, step: S) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ListingBodies[S]) => listingApi.step(id, step, body),
    onSuccess: () => client.invalidateQueries({ queryKey: listingKeys.all }),
  });
}

/** The listings of one hazard, for the notice on its detail page (usually none, at most a few). */
export function useHazardListings(hazardId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: listingKeys.list({ hazardId }),
    queryFn: ({ signal }) => listingApi.list({ filter: 'all', hazardId }, signal),
  });
}
