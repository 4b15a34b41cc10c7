import { z } from 'zod';
import { isoDate } from '../common.ts';

/** 全面辨识评估 status: due in more than 30 days, within 30 days, or past due. */
export const fullReviewStatus = z.enum(['ok', 'dueSoon', 'overdue']);
export type FullReviewStatus = z.infer<typeof fullReviewStatus>;

/** What triggers a re-assessment (法规标准、组织机构、工艺、设备、环境 changes). */
export const riskChangeKind = z.enum(['law', 'organisation', 'process', 'equipment', 'environment']);
export type RiskChangeKind = z.infer<typeof riskChangeKind>;

export const riskChangeKindLabelZh: Readonly<Record<RiskChangeKind, string>> = {
  law: '法规标准变化',
  organisation: '组织机构变化',
  process: '工艺变化',
  equipment: '设备设施变化',
  environment: '环境变化',
};

export const riskReviewStatus = z.object({
  intervalYears: z.union([z.literal(1), z.literal(3)]),
  lastFullReviewAt: isoDate.nullable(),
  dueDate: isoDate,
  status: fullReviewStatus,
  unitsNeedingReassessment: z.array(
    z.object({ unitId: z.uuid(), code: z.string(), name: z.string(), reason: z.string() }),
  ),
});
export type RiskReviewStatus = z.infer<typeof riskReviewStatus>;
export const riskReviewStatusResponse = z.object({
  data: riskReviewStatus,
  abilities: z.object({ canRecordFullReview: z.boolean(), canRecordChange: z.boolean() }),
});

export const fullReviewInput = z.object({
  completedAt: isoDate,
  note: z.string().trim().max(1000).default(''),
});
export type FullReviewInput = z.infer<typeof fullReviewInput>;

export const riskChangeInput = z.object({
  kind: riskChangeKind,
  description: z.string().trim().min(1).max(1000),
  unitIds: z.array(z.uuid()).min(1).max(5000),
});
export type RiskChangeInput = z.infer<typeof riskChangeInput>;

export const riskChange = z.object({
  id: z.uuid(),
  kind: riskChangeKind,
  description: z.string(),
  recordedBy: z.uuid().nullable(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
  units: z.array(z.object({ unitId: z.uuid(), code: z.string(), name: z.string() })),
});
export type RiskChange = z.infer<typeof riskChange>;
export const riskChangeResponse = z.object({ data: riskChange });
export const riskChangeList = z.object({ data: z.array(riskChange) });
