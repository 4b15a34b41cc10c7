import { z } from 'zod';
import { isoDate } from '../common.ts';
import { dangerSrcNames } from '../hazard/codes.ts';
import { timeOfDay, windowEnd } from './schedule.ts';

/**
 * 排查类型: the kind of inspection a task belongs to, by the national source codes (dangerSrc
 * 1–10) so a hazard a check finds carries its source as it is. Routine tasks (1) come from the
 * checklist's cycles; the others come from plans.
 */
export const inspectionKind = z.number().int().min(1).max(10);
export type InspectionKind = z.infer<typeof inspectionKind>;
export const inspectionKindNames: Readonly<Record<InspectionKind, string>> = dangerSrcNames;
export const inspectionKindRoutine = 1;

/**
 * What an ad-hoc plan may be: not routine (the checklist's own schedule) and not 管控措施失效
 * (9), which names how a hazard arose, not an inspection anyone plans.
 */
export const planKinds = [2, 3, 4, 5, 6, 7, 8, 10] as const;
// Bounded as a number (so the published schema carries min and max like every numeric input),
// then narrowed to the plan kinds.
export const inspectionPlanKind = z
  .number()
  .int()
  .min(2)
  .max(10)
  .refine((k): k is InspectionPlanKind => (planKinds as readonly number[]).includes(k), {
    message: '计划的排查类型不能是日常排查或管控措施失效',
  });
export type InspectionPlanKind = (typeof planKinds)[number];

/** The longest plan: a campaign of a season or a half-year's comprehensive inspection. */
export const planMaxDays = 184;

/**
 * A plan (季节性、节假日前、专项、复产复工前…): a scope of units or items, the people who check,
 * a date range and optionally a daily work window. Each item in scope gets one task over the range.
 */
export const inspectionPlanBody = z.object({
  name: z.string().trim().min(1).max(100),
  kind: inspectionPlanKind,
  startDate: isoDate,
  endDate: isoDate,
  workStartTime: timeOfDay.nullable().default(null),
  workEndTime: windowEnd.nullable().default(null),
  /** Every open item of these units; with itemIds, the union. */
  unitIds: z.array(z.uuid()).max(500).default([]),
  itemIds: z.array(z.uuid()).max(5000).default([]),
  assigneeIds: z.array(z.uuid()).min(1).max(50),
  description: z.string().trim().max(1000).default(''),
});
export type InspectionPlanBody = z.input<typeof inspectionPlanBody>;

export const cancelInspectionPlanBody = z.object({ reason: z.string().trim().min(1).max(500) });
export type CancelInspectionPlanBody = z.infer<typeof cancelInspectionPlanBody>;

export const inspectionPlanStatus = z.enum(['upcoming', 'active', 'finished', 'cancelled']);
export type InspectionPlanStatus = z.infer<typeof inspectionPlanStatus>;

export const inspectionPlan = z.object({
  id: z.string(),
  name: z.string(),
  kind: inspectionKind,
  startDate: z.string(),
  endDate: z.string(),
  workStartTime: z.string().nullable(),
  workEndTime: z.string().nullable(),
  unitIds: z.array(z.string()),
  itemIds: z.array(z.string()),
  assignees: z.array(z.object({ id: z.string(), name: z.string() })),
  description: z.string(),
  status: inspectionPlanStatus,
  progress: z.object({ total: z.number(), done: z.number(), missed: z.number(), open: z.number() }),
  createdAt: z.string(),
  createdByName: z.string(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  abilities: z.object({ cancel: z.boolean() }),
});
export type InspectionPlan = z.infer<typeof inspectionPlan>;

export const inspectionPlanRoutes = {
  list: '/enterprises/:enterpriseId/inspection/plans',
  create: '/enterprises/:enterpriseId/inspection/plans',
  detail: '/enterprises/:enterpriseId/inspection/plans/:id',
  cancel: '/enterprises/:enterpriseId/inspection/plans/:id/cancel',
} as const;
