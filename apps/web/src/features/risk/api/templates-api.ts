import type {
  RiskTemplateLibrary,
  RiskTemplateSummary,
  TemplateCopyInput,
  TemplateCopyResult,
} from '@shuangkong/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../shared/api/client.ts';
import type { Envelope } from '../../../shared/api/envelope.ts';
import { riskKeys } from './keys.ts';
import { riskPaths } from './paths.ts';
import { useInvalidateRisk } from './register-api.ts';

/** The industry starter libraries with their sizes; they are code on the server, so they rarely change. */
export function useRiskTemplates(enabled = true) {
  return useQuery({
    queryKey: riskKeys.templates(),
    queryFn: ({ signal }) =>
      api.get<{ data: RiskTemplateSummary[] }>(riskPaths.templates(), undefined, signal),
    enabled,
    staleTime: 10 * 60_000,
  });
}

/** One library: objects → units → events (default LEC, levels) → measures. */
export function useRiskTemplate(industryCode: string | null) {
  return useQuery({
    queryKey: riskKeys.template(industryCode ?? ''),
    queryFn: ({ signal }) =>
      api.get<Envelope<RiskTemplateLibrary>>(riskPaths.template(industryCode ?? ''), undefined, signal),
    enabled: Boolean(industryCode),
    staleTime: 10 * 60_000,
  });
}

/** Copies template units into the register as drafts; invalidates the register so the tree refreshes. */
export function useCopyTemplate(ent: string) {
  const invalidate = useInvalidateRisk(ent);
  return useMutation({
    mutationFn: ({ industryCode, ...input }: TemplateCopyInput & { industryCode: string }) =>
      api.post<Envelope<TemplateCopyResult>>(riskPaths.templateCopies(ent, industryCode), input),
    onSuccess: () => void invalidate(),
  });
}
