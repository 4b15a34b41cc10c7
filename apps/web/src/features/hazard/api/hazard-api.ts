import type {
  acceptHazardBody,
  approvePlanBody,
  assignHazardBody,
  confirmHazardBody,
  decideExtensionBody,
  fixOnTheSpotBody,
  handOverHazardBody,
  HazardCreated,
  HazardDetail,
  HazardList,
  mergeHazardBody,
  RegionalMajorHazard,
  quickReportHazardBody,
  rectificationPlanBody,
  rejectHazardBody,
  reportHazardBody,
  requestExtensionBody,
  sendBackHazardBody,
  submitRectificationBody,
  voidHazardBody,
} from '@shuangkong/contracts';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import { hazardRoutes } from '@shuangkong/contracts';
import { api } from '../../../shared/api/client.ts';
import type { Envelope } from '../../../shared/api/envelope.ts';
import { postFile } from '../../../shared/api/post-file.ts';
import { hazardListParams, hazardPath, type HazardFilters } from './hazard-paths.ts';

/** What the page sends: the contracts' bodies before their defaults are applied. */
export type HazardBodies = {
  confirm: z.input<typeof confirmHazardBody>;
  reject: z.input<typeof rejectHazardBody>;
  merge: z.input<typeof mergeHazardBody>;
  assign: z.input<typeof assignHazardBody>;
  submitPlan: z.input<typeof rectificationPlanBody>;
  approvePlan: z.input<typeof approvePlanBody>;
  fixOnTheSpot: z.input<typeof fixOnTheSpotBody>;
  submitRectification: z.input<typeof submitRectificationBody>;
  accept: z.input<typeof acceptHazardBody>;
  sendBack: z.input<typeof sendBackHazardBody>;
  requestExtension: z.input<typeof requestExtensionBody>;
  approveExtension: z.input<typeof decideExtensionBody>;
  refuseExtension: z.input<typeof decideExtensionBody>;
  void: z.input<typeof voidHazardBody>;
  handOver: z.input<typeof handOverHazardBody>;
};
export type HazardStep = keyof HazardBodies;
export type ReportBody = z.input<typeof reportHazardBody>;
export type QuickReportBody = z.input<typeof quickReportHazardBody>;
export type UploadedPhoto = { fileId: string; url: string };

/** A step's answer; the pages only reload after one, so its shape is not relied on. */
type StepAnswer = Envelope<unknown>;

/** Uploads one photo as a platform file (POST /files); hazards attach photos by file id. */
async function uploadPhoto(file: File, csrfToken: string): Promise<UploadedPhoto> {
  const res = await postFile<Envelope<{ id: string }>>('/files', file, csrfToken);
  if (!res.ok) throw res.error;
  return { fileId: res.data.data.id, url: `/api/v1/files/${res.data.data.id}` };
}

/** Every hazard endpoint as a plain call: one per route of `hazardRoutes`. */
export const hazardApi = {
  /** Regulators: the major hazards of every enterprise in their remit. */
  regionalMajor: (query: { scope: 'open' | 'all'; q?: string | undefined }, signal?: AbortSignal) =>
    api.get<Envelope<RegionalMajorHazard[]>>(hazardRoutes.regionalMajor, query, signal),
  list: (ent: string, filters: HazardFilters, cursor?: string | null, signal?: AbortSignal) =>
    api.get<HazardList>(hazardPath('list', ent), hazardListParams(filters, cursor), signal),
  detail: (ent: string, id: string, signal?: AbortSignal) =>
    api.get<Envelope<HazardDetail>>(hazardPath('detail', ent, id), undefined, signal),
  report: (ent: string, body: ReportBody) =>
    api.post<Envelope<HazardCreated>>(hazardPath('report', ent), body),
  quickReport: (ent: string, body: QuickReportBody) =>
    api.post<Envelope<HazardCreated>>(hazardPath('quickReport', ent), body),
  uploadPhoto,
  /** Any step of the lifecycle; the extension steps name the extension row. */
  step: <S extends HazardStep>(ent: string, id: string, step: S, body: HazardBodies[S], extensionId = '') =>
    api.post<StepAnswer>(hazardPath(step, ent, id, extensionId), body),
  confirm: (ent: string, id: string, body: HazardBodies['confirm']) =>
    hazardApi.step(ent, id, 'confirm', body),
  reject: (ent: string, id: string, body: HazardBodies['reject']) => hazardApi.step(ent, id, 'reject', body),
  merge: (ent: string, id: string, body: HazardBodies['merge']) => hazardApi.step(ent, id, 'merge', body),
  assign: (ent: string, id: string, body: HazardBodies['assign']) => hazardApi.step(ent, id, 'assign', body),
  submitPlan: (ent: string, id: string, body: HazardBodies['submitPlan']) =>
    hazardApi.step(ent, id, 'submitPlan', body),
  approvePlan: (ent: string, id: string, body: HazardBodies['approvePlan']) =>
    hazardApi.step(ent, id, 'approvePlan', body),
  fixOnTheSpot: (ent: string, id: string, body: HazardBodies['fixOnTheSpot']) =>
    hazardApi.step(ent, id, 'fixOnTheSpot', body),
  submitRectification: (ent: string, id: string, body: HazardBodies['submitRectification']) =>
    hazardApi.step(ent, id, 'submitRectification', body),
  accept: (ent: string, id: string, body: HazardBodies['accept']) => hazardApi.step(ent, id, 'accept', body),
  sendBack: (ent: string, id: string, body: HazardBodies['sendBack']) =>
    hazardApi.step(ent, id, 'sendBack', body),
  requestExtension: (ent: string, id: string, body: HazardBodies['requestExtension']) =>
    hazardApi.step(ent, id, 'requestExtension', body),
  approveExtension: (ent: string, id: string, extensionId: string, body: HazardBodies['approveExtension']) =>
    hazardApi.step(ent, id, 'approveExtension', body, extensionId),
  refuseExtension: (ent: string, id: string, extensionId: string, body: HazardBodies['refuseExtension']) =>
    hazardApi.step(ent, id, 'refuseExtension', body, extensionId),
  void: (ent: string, id: string, body: HazardBodies['void']) => hazardApi.step(ent, id, 'void', body),
  handOver: (ent: string, id: string, body: HazardBodies['handOver']) =>
    hazardApi.step(ent, id, 'handOver', body),
};

export const hazardKeys = {
  all: (ent: string) => ['hazard', ent] as const,
  list: (ent: string, filters: HazardFilters) => ['hazard', ent, 'list', filters] as const,
  search: (ent: string, q: string) => ['hazard', ent, 'search', q] as const,
  detail: (ent: string, id: string) => ['hazard', ent, 'detail', id] as const,
};

/** The register, page by page along the keyset cursor; `abilities` come with every page. */
export function useHazardList(ent: string, filters: HazardFilters) {
  return useInfiniteQuery({
    queryKey: hazardKeys.list(ent, filters),
    queryFn: ({ pageParam, signal }) => hazardApi.list(ent, filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: ent !== '',
    placeholderData: keepPreviousData,
  });
}

/** A few hazards by keyword, for pickers (merge into…). */
export function useHazardSearch(ent: string, q: string, enabled = true) {
  return useQuery({
    queryKey: hazardKeys.search(ent, q),
    queryFn: ({ signal }) => hazardApi.list(ent, { q, limit: 20 }, null, signal),
    enabled: enabled && ent !== '',
    placeholderData: keepPreviousData,
  });
}

/** 重大隐患 in the regulator's remit, open ones or all. */
export function useRegionalMajorHazards(scope: 'open' | 'all', q: string) {
  return useQuery({
    queryKey: ['hazard', 'regional-major', scope, q] as const,
    queryFn: ({ signal }) => hazardApi.regionalMajor({ scope, q: q.trim() || undefined }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useHazard(ent: string, id: string) {
  return useQuery({
    queryKey: hazardKeys.detail(ent, id),
    queryFn: ({ signal }) => hazardApi.detail(ent, id, signal),
    enabled: ent !== '' && id !== '',
  });
}

// Every write changes the hazard and the register's rows: refresh the enterprise's hazard views.
function useHazardMutation<V, R>(ent: string, fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: hazardKeys.all(ent) }),
  });
}

export const useReportHazard = (ent: string) =>
  useHazardMutation(ent, (body: ReportBody) => hazardApi.report(ent, body));

export const useQuickReportHazard = (ent: string) =>
  useHazardMutation(ent, (body: QuickReportBody) => hazardApi.quickReport(ent, body));

/** One step of one hazard (confirm, assign, accept, …); the detail reloads after it. */
export function useHazardStep<S extends HazardStep>(ent: string, id: string, step: S, extensionId = '') {
  return useHazardMutation(ent, (body: HazardBodies[S]) => hazardApi.step(ent, id, step, body, extensionId));
}

export function useUploadHazardPhoto(ent: string, csrfToken: string) {
  return useMutation({ mutationFn: (file: File) => uploadPhoto(file, csrfToken) });
}
