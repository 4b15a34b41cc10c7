import {
  assignmentRoutes,
  type AssignmentDetail,
  type AssignmentListQuery,
  type AssignmentSummary,
  type AssignRiskBody,
  type BulletinDetail,
  type BulletinSummary,
  type IssueBulletinBody,
  type RequestCloseOutBody,
  type VerifyCloseOutBody,
} from '@shuangkong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../shared/api/client.ts';
import type { Envelope } from '../../../../shared/api/envelope.ts';

const path = (template: string, params: Record<string, string>) =>
  Object.entries(params).reduce((p, [k, v]) => p.replace(`:${k}`, encodeURIComponent(v)), template);

/** Every endpoint of the part as a plain call. */
export const assignmentApi = {
  list: (query: Partial<AssignmentListQuery>, signal?: AbortSignal) =>
    api.get<Envelope<AssignmentSummary[]>>(assignmentRoutes.list, query, signal),
  detail: (id: string, signal?: AbortSignal) =>
    api.get<Envelope<AssignmentDetail>>(path(assignmentRoutes.detail, { id }), undefined, signal),
  assign: (id: string, body: AssignRiskBody) =>
    api.post<Envelope<{ id: string; docNumber: string }>>(path(assignmentRoutes.assign, { id }), body),
  verify: (id: string, body: VerifyCloseOutBody) =>
    api.post<Envelope<unknown>>(path(assignmentRoutes.verify, { id }), body),
  bulletins: (signal?: AbortSignal) =>
    api.get<Envelope<BulletinSummary[]>>(assignmentRoutes.bulletins, undefined, signal),
  bulletin: (id: string, signal?: AbortSignal) =>
    api.get<Envelope<BulletinDetail>>(path(assignmentRoutes.bulletin, { id }), undefined, signal),
  issueBulletin: (body: IssueBulletinBody) =>
    api.post<Envelope<{ id: string; docNumber: string }>>(assignmentRoutes.bulletins, body),
  letters: (enterpriseId: string, signal?: AbortSignal) =>
    api.get<Envelope<AssignmentSummary[]>>(
      path(assignmentRoutes.enterpriseList, { enterpriseId }),
      undefined,
      signal,
    ),
  letter: (enterpriseId: string, id: string, signal?: AbortSignal) =>
    api.get<Envelope<AssignmentDetail>>(
      path(assignmentRoutes.enterpriseDetail, { enterpriseId, id }),
      undefined,
      signal,
    ),
  acknowledge: (enterpriseId: string, id: string) =>
    api.post<Envelope<unknown>>(path(assignmentRoutes.acknowledge, { enterpriseId, id })),
  requestCloseOut: (enterpriseId: string, id: string, body: RequestCloseOutBody) =>
    api.post<Envelope<unknown>>(path(assignmentRoutes.requestCloseOut, { enterpriseId, id }), body),
  enterpriseBulletins: (enterpriseId: string, signal?: AbortSignal) =>
    api.get<Envelope<BulletinSummary[]>>(
      path(assignmentRoutes.enterpriseBulletins, { enterpriseId }),
      undefined,
      signal,
    ),
  enterpriseBulletin: (enterpriseId: string, id: string, signal?: AbortSignal) =>
    api.get<Envelope<BulletinDetail>>(
      path(assignmentRoutes.enterpriseBulletin, { enterpriseId, id }),
      undefined,
      signal,
    ),
};

const all = ['supervision', 'assignment'] as const;

export function useAssignments(query: Partial<AssignmentListQuery>) {
  return useQuery({
    queryKey: [...all, 'list', query],
    queryFn: ({ signal }) => assignmentApi.list(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** One assignment: the regulator's route, or the enterprise's (which marks the letter received). */
export function useAssignment(id: string, enterpriseId: string | null) {
  return useQuery({
    queryKey: [...all, 'detail', enterpriseId, id],
    queryFn: ({ signal }) =>
      enterpriseId ? assignmentApi.letter(enterpriseId, id, signal) : assignmentApi.detail(id, signal),
  });
}

export function useLetters(enterpriseId: string) {
  return useQuery({
    queryKey: [...all, 'letters', enterpriseId],
    queryFn: ({ signal }) => assignmentApi.letters(enterpriseId, signal),
  });
}

export function useBulletins(enterpriseId: string | null) {
  return useQuery({
    queryKey: [...all, 'bulletins', enterpriseId],
    queryFn: ({ signal }) =>
      enterpriseId
        ? assignmentApi.enterpriseBulletins(enterpriseId, signal)
        : assignmentApi.bulletins(signal),
  });
}

export function useBulletin(id: string, enterpriseId: string | null) {
  return useQuery({
    queryKey: [...all, 'bulletin', enterpriseId, id],
    queryFn: ({ signal }) =>
      enterpriseId
        ? assignmentApi.enterpriseBulletin(enterpriseId, id, signal)
        : assignmentApi.bulletin(id, signal),
  });
}

/** Every write refreshes the part's lists and details. */
export function useAssignmentMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: all }) });
}
