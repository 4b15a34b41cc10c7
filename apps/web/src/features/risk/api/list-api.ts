import type {
  RegisterImportResult,
  RegisterRow,
  RiskChange,
  RiskChangeInput,
  RiskRegisterDiff,
  RiskReviewStatus,
} from '@shuangkong/contracts';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, buildUrl } from '../../../shared/api/client.ts';
import type { Envelope, PageInfo } from '../../../shared/api/envelope.ts';
import { riskKeys } from './keys.ts';
import { riskPaths } from './paths.ts';
import { useInvalidateRisk } from './register-api.ts';
import { postFile } from './upload.ts';

export type RowFilters = {
  q?: string | undefined;
  level?: string | undefined;
  objectId?: string | undefined;
  status?: string | undefined;
  sort?: string | undefined;
  order?: 'asc' | 'desc' | undefined;
  page: number;
  pageSize: number;
};

export function useRegisterRows(ent: string, filters: RowFilters) {
  return useQuery({
    queryKey: riskKeys.rows(ent, filters),
    queryFn: ({ signal }) =>
      api.get<{ data: RegisterRow[]; page: PageInfo; abilities: { canImport: boolean; canExport: boolean } }>(
        riskPaths.rows(ent),
        filters,
        signal,
      ),
    enabled: Boolean(ent),
    placeholderData: keepPreviousData,
  });
}

/** Download links (plain GETs with the session cookie). */
export const exportUrl = (ent: string, filters: Omit<RowFilters, 'page' | 'pageSize'>) =>
  buildUrl(riskPaths.exportXlsx(ent), filters);
export const templateUrl = () => buildUrl(riskPaths.importTemplate());

export function useImportRegister(ent: string, csrfToken: string) {
  const invalidate = useInvalidateRisk(ent);
  return useMutation({
    mutationFn: (file: File) =>
      postFile<{ data: RegisterImportResult }>(riskPaths.importXlsx(ent), file, csrfToken),
    onSuccess: (outcome) => {
      if (outcome.ok) void invalidate();
    },
  });
}

export type RevisionSummary = {
  units: number;
  events: number;
  measures: number;
  unitsByLevel: Record<'major' | 'significant' | 'general' | 'low', number>;
};
export type RevisionListItem = {
  revision: number;
  note: string;
  summary: RevisionSummary;
  publishedBy: string | null;
  publishedByName: string | null;
  publishedAt: string;
};

export function useRevisions(ent: string) {
  return useQuery({
    queryKey: riskKeys.revisions(ent),
    queryFn: ({ signal }) =>
      api.get<{ data: RevisionListItem[]; abilities: { canPublish: boolean } }>(
        riskPaths.revisions(ent),
        undefined,
        signal,
      ),
    enabled: Boolean(ent),
  });
}

export function usePublishRevision(ent: string) {
  const invalidate = useInvalidateRisk(ent);
  return useMutation({
    mutationFn: (note: string) => api.post<Envelope<RevisionListItem>>(riskPaths.revisions(ent), { note }),
    onSuccess: () => void invalidate(),
  });
}

export function useRevisionDiff(ent: string, pair: [number, number] | null) {
  const [a, b] = pair ?? [0, 0];
  return useQuery({
    queryKey: riskKeys.diff(ent, a, b),
    queryFn: ({ signal }) =>
      api.get<Envelope<RiskRegisterDiff>>(riskPaths.revisionDiff(ent, a, b), undefined, signal),
    enabled: Boolean(ent && pair),
  });
}

export function useReviewStatus(ent: string) {
  return useQuery({
    queryKey: riskKeys.review(ent),
    queryFn: ({ signal }) =>
      api.get<{
        data: RiskReviewStatus;
        abilities: { canRecordFullReview: boolean; canRecordChange: boolean };
      }>(riskPaths.reviewStatus(ent), undefined, signal),
    enabled: Boolean(ent),
  });
}

export function useRiskChanges(ent: string) {
  return useQuery({
    queryKey: riskKeys.changes(ent),
    queryFn: ({ signal }) => api.get<{ data: RiskChange[] }>(riskPaths.changes(ent), undefined, signal),
    enabled: Boolean(ent),
  });
}

export function useRecordChange(ent: string) {
  const invalidate = useInvalidateRisk(ent);
  return useMutation({
    mutationFn: (input: RiskChangeInput) => api.post<Envelope<RiskChange>>(riskPaths.changes(ent), input),
    onSuccess: () => void invalidate(),
  });
}

export function useRecordFullReview(ent: string) {
  const invalidate = useInvalidateRisk(ent);
  return useMutation({
    mutationFn: (input: { completedAt: string; note: string }) =>
      api.post<unknown>(riskPaths.fullReviews(ent), input),
    onSuccess: () => void invalidate(),
  });
}
