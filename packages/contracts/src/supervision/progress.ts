// Schemas of supervision's progress part (双控机制建设进展): requests, responses and code lists.
import { z } from 'zod';
import { boundedInt, boundedQueryInt } from '../bounds.ts';

export const progressRoutes = {
  /** Regulators: every enterprise in the remit with its milestones for a month (filters in the query). */
  enterprises: '/supervision/progress/enterprises',
  /** One enterprise's milestones and what it lacks; 404 outside the remit. */
  enterprise: '/supervision/progress/enterprises/:enterpriseId',
  /** Counts and shares per milestone, by township, industry or department. */
  dashboard: '/supervision/progress/dashboard',
  /** 附件2《“双控机制”建设进展情况月报表》: one row per enterprise for a month. */
  attachment2: '/supervision/progress/monthly/attachment-2',
  attachment2Xlsx: '/supervision/progress/monthly/attachment-2.xlsx',
  /** 附件3《“双控机制”建设推进情况月报表》: one row per department (or township, industry). */
  attachment3: '/supervision/progress/monthly/attachment-3',
  attachment3Xlsx: '/supervision/progress/monthly/attachment-3.xlsx',
  /** An enterprise's own monthly reports (进展月报) and submitting one. */
  reports: '/enterprises/:enterpriseId/progress-reports',
  /** The form of a month prefilled from the enterprise's data. */
  reportDraft: '/enterprises/:enterpriseId/progress-reports/draft',
  report: '/enterprises/:enterpriseId/progress-reports/:id',
  /** A regulator accepts a report or returns it for correction. */
  reviewReport: '/enterprises/:enterpriseId/progress-reports/:id/review',
} as const;

/** The milestones of the mechanism's set-up, in the order an enterprise reaches them. */
export const progressMilestone = z.enum([
  'registered',
  'registerApproved',
  'mapDrawn',
  'cardsPrinted',
  'checklistsRunning',
  'inspectionsCompleted',
  'reportSubmitted',
]);
export type ProgressMilestone = z.infer<typeof progressMilestone>;
export const PROGRESS_MILESTONES = progressMilestone.options;

/** The share of due checks done a month must reach (seed 003's 应查尽查, as 90 %). */
export const INSPECTION_COMPLETION_TARGET = 0.9;

/** A month, 'YYYY-MM'. */
export const progressMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

export const progressDimension = z.enum(['township', 'industry', 'department']);
export type ProgressDimension = z.infer<typeof progressDimension>;

/** One milestone of one enterprise: reached or not, when, and how far (have of need). */
export const milestoneStatus = z.object({
  key: progressMilestone,
  done: z.boolean(),
  /** The day it was reached (YYYY-MM-DD) where the data tells. */
  date: z.string().nullable(),
  /** What there is of what is needed (units placed of units, posts with cards of posts, …). */
  have: z.number().nullable(),
  need: z.number().nullable(),
  /** Why it is not reached, a code the web translates (`lack.<code>`). */
  lack: z.string().nullable(),
});
export type MilestoneStatus = z.infer<typeof milestoneStatus>;

export const enterpriseProgress = z.object({
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  townshipCode: z.string().nullable(),
  townshipName: z.string().nullable(),
  industryCodes: z.array(z.string()),
  industryNames: z.array(z.string()),
  departments: z.array(z.object({ id: z.string(), name: z.string() })),
  milestones: z.array(milestoneStatus),
  /** How many milestones are reached. */
  reached: z.number().int(),
  complete: z.boolean(),
  /** The month's completion rate of due checks (0–1), null when nothing was due. */
  completionRate: z.number().nullable(),
  reportState: z.enum(['submitted', 'accepted', 'returned']).nullable(),
});
export type EnterpriseProgress = z.infer<typeof enterpriseProgress>;

export const progressFilterQuery = z.object({
  month: progressMonth.optional(),
  jurisdictionCode: z.string().max(32).optional(),
  industryCode: z.string().max(64).optional(),
  regulatorId: z.uuid().optional(),
  /** Only enterprises that have not reached this milestone. */
  lacking: progressMilestone.optional(),
  q: z.string().trim().max(100).optional(),
});
export const progressListQuery = progressFilterQuery.extend({
  page: boundedQueryInt(1, 10_000).default(1),
  pageSize: boundedQueryInt(1, 200).default(50),
});
export type ProgressListQuery = z.infer<typeof progressListQuery>;

export const progressList = z.object({
  month: progressMonth,
  data: z.array(enterpriseProgress),
  total: z.number().int(),
});
export type ProgressList = z.infer<typeof progressList>;

export const progressDetailQuery = z.object({ month: progressMonth.optional() });
export const progressDetail = z.object({ month: progressMonth, data: enterpriseProgress });

export const progressDashboardQuery = progressFilterQuery
  .omit({ lacking: true, q: true })
  .extend({ by: progressDimension.default('township') });
export type ProgressDashboardQuery = z.infer<typeof progressDashboardQuery>;

export const progressCounts = z.object({
  /** Enterprises counted (应建单位数). */
  total: z.number().int(),
  /** Reached, per milestone. */
  reached: z.record(progressMilestone, z.number().int()),
  /** Every milestone reached. */
  complete: z.number().int(),
});
export type ProgressCounts = z.infer<typeof progressCounts>;

export const progressGroup = progressCounts.extend({ key: z.string(), name: z.string() });
export type ProgressGroup = z.infer<typeof progressGroup>;

export const progressDashboard = z.object({
  month: progressMonth,
  by: progressDimension,
  groups: z.array(progressGroup),
  /** Every enterprise once (an enterprise of two industries sits in two industry groups). */
  totals: progressCounts,
});
export type ProgressDashboard = z.infer<typeof progressDashboard>;

// ── Monthly reports (附件2, filled by the enterprise) ─────────────────────────────────────────

export const progressReportState = z.enum(['submitted', 'accepted', 'returned']);
export type ProgressReportState = z.infer<typeof progressReportState>;

/** What the enterprise's data says for the month; frozen into the report when it is submitted. */
export const progressReportFigures = z.object({
  riskUnits: z.number().int(),
  majorRisks: z.number().int(),
  significantRisks: z.number().int(),
  generalRisks: z.number().int(),
  lowRisks: z.number().int(),
  registerApproved: z.boolean(),
  mapDrawn: z.boolean(),
  postsCarded: z.number().int(),
  posts: z.number().int(),
  checklistItems: z.number().int(),
  tasksDue: z.number().int(),
  tasksDone: z.number().int(),
  completionRate: z.number().nullable(),
  hazardsFound: z.number().int(),
  hazardsClosed: z.number().int(),
});
export type ProgressReportFigures = z.infer<typeof progressReportFigures>;

const text = (max: number) => z.string().trim().max(max);

/** What the safety manager states: the organisation of seed 003's 强化组织实施, problems and plans. */
export const submitProgressReportBody = z.object({
  month: progressMonth,
  /** 领导小组和推进团队 set up. */
  teamEstablished: z.boolean(),
  /** 双控 管理制度 in place. */
  rulesEstablished: z.boolean(),
  trainingSessions: boundedInt(0, 1000),
  trainedPeople: boundedInt(0, 100_000),
  problems: text(2000).default(''),
  nextSteps: text(2000).default(''),
});
export type SubmitProgressReportBody = z.infer<typeof submitProgressReportBody>;

export const reviewProgressReportBody = z
  .object({ decision: z.enum(['accept', 'return']), comment: text(500).default('') })
  .refine((b) => b.decision === 'accept' || b.comment.length > 0, {
    message: 'A returned report says why',
    path: ['comment'],
  });

export const progressReportDraftQuery = z.object({ month: progressMonth });

export const progressReport = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  month: progressMonth,
  state: progressReportState,
  figures: progressReportFigures,
  teamEstablished: z.boolean(),
  rulesEstablished: z.boolean(),
  trainingSessions: z.number().int(),
  trainedPeople: z.number().int(),
  problems: z.string(),
  nextSteps: z.string(),
  submittedByName: z.string(),
  submittedAt: z.string(),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string(),
  abilities: z.object({ resubmit: z.boolean(), review: z.boolean() }),
});
export type ProgressReport = z.infer<typeof progressReport>;

export const progressReportDraft = z.object({
  month: progressMonth,
  figures: progressReportFigures,
  /** The month's report if there is one (a returned one is corrected and submitted again). */
  existing: progressReport.nullable(),
  /** The last report's own statements, to start from. */
  previous: submitProgressReportBody.omit({ month: true }).nullable(),
});
export type ProgressReportDraft = z.infer<typeof progressReportDraft>;

// ── Regulators' monthly tables ────────────────────────────────────────────────────────────────

export const attachment2Query = progressFilterQuery.omit({ lacking: true, q: true });
export const attachment2Row = z.object({
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  townshipName: z.string().nullable(),
  industryNames: z.array(z.string()),
  report: progressReport.nullable(),
  /** The live figures of the month (the report's frozen ones when submitted). */
  figures: progressReportFigures,
});
export type Attachment2Row = z.infer<typeof attachment2Row>;
export const attachment2 = z.object({ month: progressMonth, rows: z.array(attachment2Row) });
export type Attachment2 = z.infer<typeof attachment2>;

export const attachment3Query = progressDashboardQuery.extend({
  by: progressDimension.default('department'),
});
export const attachment3 = z.object({
  month: progressMonth,
  by: progressDimension,
  regulatorName: z.string(),
  rows: z.array(progressGroup),
  totals: progressCounts,
});
export type Attachment3 = z.infer<typeof attachment3>;
