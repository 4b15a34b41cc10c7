import type {
  AssessmentRequest,
  AssessmentResult,
  AssessmentTableSet,
  EvaluateRequest,
  IndustryTableDefault,
  RiskAssessment,
  RiskSettings,
  RiskSettingsInput,
  RiskUnit,
} from '@shuangkong/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../../shared/api/client.ts';
import type { Envelope } from '../../../shared/api/envelope.ts';
import { riskKeys } from './keys.ts';
import { riskPaths } from './paths.ts';
import { useInvalidateRisk } from './register-api.ts';
import { useMutation } from '@tanstack/react-query';

/** Factor and band tables for the pickers; they never change within a session. */
export function useAssessmentTables() {
  return useQuery({
    queryKey: riskKeys.tables(),
    queryFn: ({ signal }) => api.get<Envelope<AssessmentTableSet[]>>(riskPaths.tables(), undefined, signal),
    staleTime: Infinity,
  });
}

/** The table sets this enterprise assesses with (its risk settings); saved assessments use them. */
export type EnterpriseTables = RiskSettings;

export function useEnterpriseTables(enterpriseId: string) {
  return useQuery({
    queryKey: riskKeys.settings(enterpriseId),
    queryFn: ({ signal }) =>
      api.get<{ data: RiskSettings; abilities: { canConfigure: boolean } }>(
        riskPaths.settings(enterpriseId),
        undefined,
        signal,
      ),
    enabled: Boolean(enterpriseId),
  });
}

/** Chooses the enterprise's own tables, or (null) goes back to its industry's default. */
export function useSaveEnterpriseTables(enterpriseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RiskSettingsInput | null) =>
      input
        ? api.put<unknown>(riskPaths.settings(enterpriseId), input)
        : api.delete<unknown>(`${riskPaths.settings(enterpriseId)}/tables`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: riskKeys.settings(enterpriseId) }),
  });
}

const industryTablesKey = ['risk-industry-table-defaults'] as const;

export function useIndustryTableDefaults() {
  return useQuery({
    queryKey: industryTablesKey,
    queryFn: ({ signal }) =>
      api.get<Envelope<IndustryTableDefault[]>>('/risk-industry-table-defaults', undefined, signal),
  });
}

/** Sets an industry's default tables, or (null) removes it. */
export function useSaveIndustryTables() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ industryCode, input }: { industryCode: string; input: RiskSettingsInput | null }) =>
      input
        ? api.put<unknown>(`/risk-industry-table-defaults/${encodeURIComponent(industryCode)}`, input)
        : api.delete<unknown>(`/risk-industry-table-defaults/${encodeURIComponent(industryCode)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: industryTablesKey }),
  });
}

type LiveResult = { result: AssessmentResult | null; error: unknown; isComputing: boolean };

/**
 * The live calculator: POSTs the request to the stateless evaluator after `delay` ms without a new
 * pick, and drops answers that a newer pick has overtaken.
 */
export function useLiveEvaluation(request: EvaluateRequest | null, delay = 250): LiveResult {
  const [state, setState] = useState<LiveResult>({ result: null, error: null, isComputing: false });
  const key = request ? JSON.stringify(request) : '';
  useEffect(() => {
    if (!key) {
      setState({ result: null, error: null, isComputing: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, isComputing: true }));
    const timer = window.setTimeout(() => {
      api
        .post<Envelope<AssessmentResult>>(riskPaths.evaluate(), JSON.parse(key))
        .then((body) => {
          if (!controller.signal.aborted) setState({ result: body.data, error: null, isComputing: false });
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) setState({ result: null, error, isComputing: false });
        });
    }, delay);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [key, delay]);
  return state;
}

export function useEventAssessments(ent: string, eventId: string | null) {
  return useQuery({
    queryKey: riskKeys.assessments(ent, eventId ?? ''),
    queryFn: ({ signal }) =>
      api.get<Envelope<RiskAssessment[]>>(riskPaths.eventAssessments(ent, eventId ?? ''), undefined, signal),
    enabled: Boolean(ent && eventId),
  });
}

export function useAssessEvent(ent: string) {
  const invalidate = useInvalidateRisk(ent);
  return useMutation({
    mutationFn: ({ eventId, request }: { eventId: string; request: AssessmentRequest }) =>
      api.post<{ data: RiskAssessment; unit: RiskUnit }>(riskPaths.eventAssessments(ent, eventId), request),
    onSuccess: () => void invalidate(),
  });
}
