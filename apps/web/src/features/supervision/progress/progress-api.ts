import {
  progressRoutes,
  type Attachment2,
  type Attachment3,
  type ProgressDashboard,
  type ProgressDimension,
  type ProgressList,
  type ProgressMilestone,
  type ProgressReport,
  type ProgressReportDraft,
  type reviewProgressReportBody,
  type submitProgressReportBody,
} from '@shuangkong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, buildUrl, type QueryParams } from '../../../shared/api/client.ts';
import type { Envelope } from '../../../shared/api/envelope.ts';

/** The filters of the regulators' views, as they stand in the URL. */
export type ProgressFilters = {
  month?: string | undefined;
  jurisdictionCode?: string | undefined;
  industryCode?: string | undefined;
  regulatorId?: string | undefined;
  lacking?: ProgressMilestone | undefined;
  q?: string | undefined;
};

const keys = {
  all: ['supervision', 'progress'] as const,
  reports: (enterpriseId: string) => ['supervision', 'progress', 'reports', enterpriseId] as const,
};

const withEnterprise = (path: string, enterpriseId: string, id?: string) =>
  path.replace(':enterpriseId', enterpriseId).replace(':id', id ?? '');

export function useProgressList(filters: ProgressFilters, page: number, pageSize = 50) {
  return useQuery({
    queryKey: [...keys.all, 'list', filters, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<ProgressList>(
        progressRoutes.enterprises,
        { ...filters, page, pageSize } as QueryParams,
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useProgressDashboard(filters: ProgressFilters, by: ProgressDimension) {
  const { lacking: _l, q: _q, ...rest } = filters;
  return useQuery({
    queryKey: [...keys.all, 'dashboard', rest, by],
    queryFn: ({ signal }) => api.get<ProgressDashboard>(progressRoutes.dashboard, { ...rest, by }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAttachment2(filters: ProgressFilters) {
  const { lacking: _l, q: _q, ...rest } = filters;
  return useQuery({
    queryKey: [...keys.all, 'attachment2', rest],
    queryFn: ({ signal }) => api.get<Attachment2>(progressRoutes.attachment2, rest, signal),
  });
}

export function useAttachment3(filters: ProgressFilters, by: ProgressDimension) {
  const { lacking: _l, q: _q, ...rest } = filters;
  return useQuery({
    queryKey: [...keys.all, 'attachment3', rest, by],
    queryFn: ({ signal }) => api.get<Attachment3>(progressRoutes.attachment3, { ...rest, by }, signal),
  });
}

/** The .xlsx of an attachment with the filters in force. */
export function attachmentXlsxUrl(which: 2 | 3, filters: ProgressFilters, by?: ProgressDimension): string {
  const { lacking: _l, q: _q, ...rest } = filters;
  return buildUrl(which === 2 ? progressRoutes.attachment2Xlsx : progressRoutes.attachment3Xlsx, {
    ...rest,
    ...(by ? { by } : {}),
  });
}

export function useReviewReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { enterpriseId: string; id: string; body: z.input<typeof reviewProgressReportBody> }) =>
      api.post<Envelope<ProgressReport>>(
        withEnterprise(progressRoutes.reviewReport, v.enterpriseId, v.id),
        v.body,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useReports(enterpriseId: string) {
  return useQuery({
    queryKey: keys.reports(enterpriseId),
    queryFn: ({ signal }) =>
      api.get<Envelope<ProgressReport[]>>(
        withEnterprise(progressRoutes.reports, enterpriseId),
        undefined,
        signal,
      ),
    select: (e) => e.data,
  });
}

export function useReportDraft(enterpriseId: string, month: string) {
  return useQuery({
    queryKey: [...keys.reports(enterpriseId), 'draft', month],
    queryFn: ({ signal }) =>
      api.get<Envelope<ProgressReportDraft>>(
        withEnterprise(progressRoutes.reportDraft, enterpriseId),
        { month },
        signal,
      ),
    select: (e) => e.data,
  });
}

export function useSubmitReport(enterpriseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof submitProgressReportBody>) =>
      api.post<Envelope<ProgressReport>>(withEnterprise(progressRoutes.reports, enterpriseId), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.reports(enterpriseId) }),
  });
}

/** The running month in China, 'YYYY-MM'. */
export function currentMonth(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
}
