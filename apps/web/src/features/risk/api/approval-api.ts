import type { RiskUnitApproval, RiskUnitSignature } from '@shuangkong/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../shared/api/client.ts';
import { riskKeys } from './keys.ts';
import { riskPaths } from './paths.ts';
import { useInvalidateRisk, type UnitAbilities } from './register-api.ts';

export type { RiskUnitApproval, RiskUnitSignature };
export type ApprovalAction = 'submit' | 'withdraw' | 'review' | 'reject' | 'approve';
export type ReadinessIssue = RiskUnitApproval['readiness'][number];

/** Each act has its own endpoint (the server never takes PATCH {status}). */
export const approvalEndpoint: Readonly<Record<ApprovalAction, string>> = {
  submit: 'submission',
  withdraw: 'withdrawal',
  review: 'review',
  reject: 'rejection',
  approve: 'approval',
};

export type ApprovalResponse = { data: RiskUnitApproval; abilities: UnitAbilities };

export function useUnitApproval(ent: string, unitId: string | null) {
  return useQuery({
    queryKey: riskKeys.approval(ent, unitId ?? ''),
    queryFn: ({ signal }) =>
      api.get<ApprovalResponse>(riskPaths.unitSignatures(ent, unitId ?? ''), undefined, signal),
    enabled: Boolean(ent && unitId),
  });
}

export function useApprovalStep(ent: string) {
  const invalidate = useInvalidateRisk(ent);
  return useMutation({
    mutationFn: ({ unitId, action, comment }: { unitId: string; action: ApprovalAction; comment?: string }) =>
      api.post<ApprovalResponse>(
        riskPaths.unitStep(ent, unitId, approvalEndpoint[action]),
        comment ? { comment } : {},
      ),
    onSettled: () => void invalidate(),
  });
}

export type UnitVersionSummary = {
  version: number;
  approvedBy: string | null;
  approvedByName: string | null;
  approvedAt: string;
};

export function useUnitVersions(ent: string, unitId: string | null) {
  return useQuery({
    queryKey: riskKeys.versions(ent, unitId ?? ''),
    queryFn: ({ signal }) =>
      api.get<{ data: UnitVersionSummary[] }>(riskPaths.unitVersions(ent, unitId ?? ''), undefined, signal),
    enabled: Boolean(ent && unitId),
  });
}
