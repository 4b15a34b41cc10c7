import type {
  StewardDefaultsBody,
  StewardDefaultsView,
  ChecklistTemplateKey,
  ChecklistTemplateResult,
  InspectionItem,
  InspectionRecordList,
  InspectionSettings,
  InspectionSettingsBody,
  InspectionTask,
  ReviewInspectionRecordBody,
  OutOfServicePeriod,
  SubmitInspectionRecordBody,
  UpdateInspectionItemBody,
} from '@shuangkong/contracts';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../../../shared/api/client.ts';

// Every inspection API path in one place, so a server route that moves is fixed here only.
const e = (ent: string) => `/enterprises/${encodeURIComponent(ent)}/inspection`;
export const inspectionPaths = {
  items: (ent: string) => `${e(ent)}/items`,
  sync: (ent: string) => `${e(ent)}/items/sync`,
  template: (ent: string) => `${e(ent)}/items/template`,
  stewardDefaults: (ent: string) => `${e(ent)}/steward-defaults`,
  item: (ent: string, id: string) => `${e(ent)}/items/${encodeURIComponent(id)}`,
  tasks: (ent: string) => `${e(ent)}/tasks`,
  records: (ent: string, taskId: string) => `${e(ent)}/tasks/${encodeURIComponent(taskId)}/records`,
  outOfService: (ent: string) => `${e(ent)}/out-of-service`,
  recordList: (ent: string) => `${e(ent)}/records`,
  settings: (ent: string) => `${e(ent)}/settings`,
  review: (ent: string, id: string) => `${e(ent)}/records/${encodeURIComponent(id)}/review`,
};

export const inspectionKeys = {
  all: (ent: string) => ['inspection', ent] as const,
  items: (ent: string) => ['inspection', ent, 'items'] as const,
  tasks: (ent: string, filter: TaskFilter) => ['inspection', ent, 'tasks', filter] as const,
};

export type TaskFilter = { date?: string; unitId?: string; mine?: boolean };

export function useChecklist(ent: string) {
  return useQuery({
    queryKey: inspectionKeys.items(ent),
    queryFn: ({ signal }) =>
      api.get<{ data: InspectionItem[]; abilities: { sync: boolean } }>(
        inspectionPaths.items(ent),
        undefined,
        signal,
      ),
    enabled: ent !== '',
  });
}

export function useSyncChecklist(ent: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api.post<{ data: { created: number; updated: number; retired: number } }>(inspectionPaths.sync(ent)),
    onSuccess: () => client.invalidateQueries({ queryKey: inspectionKeys.all(ent) }),
  });
}

/** The one-click frequency template (应急〔2019〕78号) on the checklist page. */
export function useApplyChecklistTemplate(ent: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (template: ChecklistTemplateKey) =>
      api.post<{ data: ChecklistTemplateResult }>(inspectionPaths.template(ent), { template }),
    onSuccess: () => client.invalidateQueries({ queryKey: inspectionKeys.all(ent) }),
  });
}

/** Puts an item on a post's daily checklist, or takes it off (null). */
export function useAssignItemPost(ent: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, postId }: { id: string; postId: string | null }) =>
      api.put<{ data: InspectionItem }>(`${inspectionPaths.item(ent, id)}/post`, { postId }),
    onSuccess: () => client.invalidateQueries({ queryKey: inspectionKeys.all(ent) }),
  });
}

/** How often each steward role checks in this enterprise (包保 defaults). */
export function useStewardDefaults(ent: string) {
  return useQuery({
    queryKey: [...inspectionKeys.all(ent), 'steward-defaults'],
    queryFn: ({ signal }) =>
      api.get<StewardDefaultsView>(inspectionPaths.stewardDefaults(ent), undefined, signal),
    enabled: ent !== '',
  });
}

export function useSaveStewardDefaults(ent: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: StewardDefaultsBody) =>
      api.put<StewardDefaultsView>(inspectionPaths.stewardDefaults(ent), body),
    onSuccess: () => client.invalidateQueries({ queryKey: inspectionKeys.all(ent) }),
  });
}

export function useUpdateItem(ent: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateInspectionItemBody }) =>
      api.patch<{ data: InspectionItem }>(inspectionPaths.item(ent, id), body),
    onSuccess: () => client.invalidateQueries({ queryKey: inspectionKeys.all(ent) }),
  });
}

export function useTasks(ent: string, filter: TaskFilter) {
  return useQuery({
    queryKey: inspectionKeys.tasks(ent, filter),
    queryFn: ({ signal }) =>
      api.get<{ data: InspectionTask[] }>(
        inspectionPaths.tasks(ent),
        {
          ...(filter.date ? { date: filter.date } : {}),
          ...(filter.unitId ? { unitId: filter.unitId } : {}),
          ...(filter.mine ? { mine: 'true' } : {}),
        },
        signal,
      ),
    enabled: ent !== '',
  });
}

export function useSubmitRecord(ent: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, body }: { taskId: string; body: SubmitInspectionRecordBody }) =>
      api.post<{ data: { id: string; checkStatus: string } }>(inspectionPaths.records(ent, taskId), body),
    onSuccess: () => client.invalidateQueries({ queryKey: inspectionKeys.all(ent) }),
  });
}

/** The records browser's filters (the list API's own parameters). */
export type RecordFilter = {
  from?: string | undefined;
  to?: string | undefined;
  unitId?: string | undefined;
  checkStatus?: string | undefined;
  needsReview?: boolean | undefined;
};

/** 排查记录, newest first, a page at a time along the keyset cursor. */
export function useRecords(ent: string, filter: RecordFilter) {
  return useInfiniteQuery({
    queryKey: ['inspection', ent, 'records', filter] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get<InspectionRecordList>(
        inspectionPaths.recordList(ent),
        {
          from: filter.from,
          to: filter.to,
          unitId: filter.unitId,
          checkStatus: filter.checkStatus,
          needsReview: filter.needsReview ? 'true' : undefined,
          cursor: pageParam ?? undefined,
          limit: 30,
        },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: ent !== '',
    placeholderData: keepPreviousData,
  });
}

export function useReviewRecord(ent: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ReviewInspectionRecordBody }) =>
      api.post<{ data: { id: string } }>(inspectionPaths.review(ent, id), body),
    onSuccess: () => client.invalidateQueries({ queryKey: inspectionKeys.all(ent) }),
  });
}

/** The enterprise's inspection rules (要求现场扫码). */
export function useInspectionSettings(ent: string) {
  return useQuery({
    queryKey: ['inspection', ent, 'settings'] as const,
    queryFn: ({ signal }) =>
      api.get<{ data: InspectionSettings }>(inspectionPaths.settings(ent), undefined, signal),
    enabled: ent !== '',
  });
}

export function useSaveInspectionSettings(ent: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: InspectionSettingsBody) =>
      api.put<{ data: InspectionSettings }>(inspectionPaths.settings(ent), body),
    onSuccess: () => client.invalidateQueries({ queryKey: inspectionKeys.all(ent) }),
  });
}

export type { OutOfServicePeriod };
