// Schemas of supervision's listing part (挂牌督办 of major hazards): requests, responses and code lists.
import { z } from 'zod';
import { boundedInt } from '../bounds.ts';
import { isoDate } from '../common.ts';
import { hazardState } from '../hazard/codes.ts';

/** Where a listing is in its lifecycle (STANDARDS §7.4). Overdue is derived, never a state. */
export const listingState = z.enum(['rectifying', 'evaluating', 'verifying', 'verified', 'delisted']);
export type ListingState = z.infer<typeof listingState>;

/** Who lists it: the county government (县政府挂牌) or a department (部门挂牌). */
export const listingAuthority = z.enum(['county', 'department']);
export type ListingAuthority = z.infer<typeof listingAuthority>;

/** Working days the evaluation must follow a finished rectification within (seed 002). */
export const LISTING_EVALUATION_WORKING_DAYS = 10;
/** A listing this close to its deadline (working days) is "near deadline" in lists and to-dos. */
export const LISTING_NEAR_DEADLINE_WORKING_DAYS = 5;

const text = (max: number) => z.string().trim().min(1).max(max);

export const listingDeadlineInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('workingDays'), days: boundedInt(1, 250) }),
  z.object({ kind: z.literal('date'), date: isoDate }),
]);
export type ListingDeadlineInput = z.infer<typeof listingDeadlineInput>;

export const createListingBody = z.object({
  enterpriseId: z.uuid(),
  hazardId: z.uuid(),
  authority: listingAuthority,
  /** 青溪县人民政府 / 青溪县应急管理局 … as printed on the notice. */
  authorityName: text(100),
  /** 督办文号, e.g. 青应急督〔2026〕3号. */
  documentNo: text(60),
  requirements: text(2000),
  deadline: listingDeadlineInput,
  /** Published on the public list (公开挂牌). */
  published: z.boolean(),
});
export type CreateListingBody = z.infer<typeof createListingBody>;

export const requestEvaluationBody = z.object({
  /** The agency account the enterprise commissioned (委托的第三方评估机构). */
  agencyUserId: z.uuid(),
  note: z.string().trim().max(1000).optional(),
});
export type RequestEvaluationBody = z.infer<typeof requestEvaluationBody>;

export const recordEvaluationBody = z
  .object({
    agencyName: text(100),
    evaluators: text(200),
    evaluatedOn: isoDate,
    passed: z.boolean(),
    conclusion: text(2000),
    /** Why it did not pass: what remains to be rectified. */
    reasons: z.string().trim().max(2000).optional(),
    reportFileId: z.uuid(),
  })
  .refine((b) => b.passed || (b.reasons ?? '').length > 0, {
    path: ['reasons'],
    message: 'reasons: say why the evaluation did not pass',
  });
export type RecordEvaluationBody = z.infer<typeof recordEvaluationBody>;

export const recordVerificationBody = z.object({
  verifiedOn: isoDate,
  inspectors: text(200),
  passed: z.boolean(),
  conclusion: text(2000),
});
export type RecordVerificationBody = z.infer<typeof recordVerificationBody>;

export const delistBody = z.object({ notice: text(2000) });
export type DelistBody = z.infer<typeof delistBody>;

export const recordInterviewBody = z.object({
  heldOn: isoDate,
  attendees: text(500),
  content: text(2000),
  commitments: text(2000),
});
export type RecordInterviewBody = z.infer<typeof recordInterviewBody>;

export const exposeBody = z.object({ notice: text(2000) });
export type ExposeBody = z.infer<typeof exposeBody>;

export const listingListQuery = z.object({
  state: listingState.optional(),
  /** attention: near deadline or overdue (rectification) or evaluation overdue. */
  filter: z.enum(['all', 'attention', 'overdue']).default('all'),
  q: z.string().trim().max(100).optional(),
  /** The listings of one hazard (its detail page shows them). */
  hazardId: z.uuid().optional(),
});
export type ListingListQuery = z.infer<typeof listingListQuery>;

/** The deadline chip: working days left (0 on the day) or calendar days past it; null when done. */
export const listingDue = z.object({
  workingDaysLeft: z.number().int().nullable(),
  overdueDays: z.number().int().nullable(),
});
export type ListingDue = z.infer<typeof listingDue>;

export const listingListItem = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  hazardId: z.uuid(),
  hazardName: z.string(),
  hazardState,
  state: listingState,
  authority: listingAuthority,
  authorityName: z.string(),
  documentNo: z.string(),
  listedAt: z.string(),
  deadline: isoDate,
  /** Rectification deadline chip while rectifying. */
  due: listingDue.nullable(),
  overdue: z.boolean(),
  evaluationDue: isoDate.nullable(),
  /** Evaluation deadline chip while waiting for the evaluation. */
  evaluationDueChip: listingDue.nullable(),
  published: z.boolean(),
  exposed: z.boolean(),
  interviews: z.number().int(),
  delistedAt: z.string().nullable(),
});
export type ListingListItem = z.infer<typeof listingListItem>;

export const listingList = z.object({
  data: z.array(listingListItem),
  abilities: z.object({ create: z.boolean() }),
});
export type ListingList = z.infer<typeof listingList>;

export const listingEvaluation = z.object({
  id: z.uuid(),
  agencyName: z.string(),
  evaluators: z.string(),
  evaluatedOn: isoDate,
  passed: z.boolean(),
  conclusion: z.string(),
  reasons: z.string().nullable(),
  reportFile: z.object({ id: z.uuid(), name: z.string(), url: z.string() }),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
});
export type ListingEvaluation = z.infer<typeof listingEvaluation>;

export const listingVerification = z.object({
  id: z.uuid(),
  verifiedOn: isoDate,
  inspectors: z.string(),
  passed: z.boolean(),
  conclusion: z.string(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
});
export type ListingVerification = z.infer<typeof listingVerification>;

export const listingInterview = z.object({
  id: z.uuid(),
  heldOn: isoDate,
  attendees: z.string(),
  content: z.string(),
  commitments: z.string(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
});
export type ListingInterview = z.infer<typeof listingInterview>;

/** The hazard's own plan and progress, read live from the enterprise's hazard records. */
export const listingHazardProgress = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  location: z.string().nullable(),
  state: hazardState,
  majorCriterionKey: z.string().nullable(),
  unitName: z.string().nullable(),
  deadline: isoDate.nullable(),
  acceptedAt: z.string().nullable(),
  plan: z
    .object({
      goal: z.string(),
      measures: z.string(),
      funds: z.string(),
      organisation: z.string(),
      deadline: isoDate,
      contingency: z.string(),
      ownerName: z.string().nullable(),
      approvedAt: z.string().nullable(),
      approvedByName: z.string().nullable(),
    })
    .nullable(),
  steps: z.array(
    z.object({
      id: z.uuid(),
      action: z.string(),
      toState: hazardState,
      actorName: z.string().nullable(),
      at: z.string(),
      note: z.string().nullable(),
    }),
  ),
  photos: z.array(z.object({ fileId: z.uuid(), kind: z.string(), url: z.string() })),
  signatures: z.array(z.object({ kind: z.string(), signerName: z.string(), signedAt: z.string() })),
});
export type ListingHazardProgress = z.infer<typeof listingHazardProgress>;

export const listingAbilities = z.object({
  requestEvaluation: z.boolean(),
  recordEvaluation: z.boolean(),
  recordVerification: z.boolean(),
  delist: z.boolean(),
  recordInterview: z.boolean(),
  expose: z.boolean(),
});
export type ListingAbilities = z.infer<typeof listingAbilities>;

export const listingDetail = listingListItem.extend({
  requirements: z.string(),
  deadlineWorkingDays: z.number().int().nullable(),
  listedByName: z.string().nullable(),
  agency: z.object({ userId: z.uuid(), name: z.string() }).nullable(),
  evaluationRequestedAt: z.string().nullable(),
  evaluationRequestNote: z.string().nullable(),
  /** Rounds sent back to rectification by a failed evaluation or verification. */
  returns: z.number().int(),
  delistingNotice: z.string().nullable(),
  exposureNotice: z.string().nullable(),
  exposedAt: z.string().nullable(),
  hazard: listingHazardProgress,
  evaluations: z.array(listingEvaluation),
  verifications: z.array(listingVerification),
  interviewRecords: z.array(listingInterview),
  abilities: listingAbilities,
});
export type ListingDetail = z.infer<typeof listingDetail>;

export const listingAgency = z.object({ userId: z.uuid(), name: z.string() });
export type ListingAgency = z.infer<typeof listingAgency>;

/** One line of the public list (公开挂牌督办名单): only what is published, nothing internal. */
export const publicListedHazard = z.object({
  id: z.uuid(),
  enterpriseName: z.string(),
  hazardName: z.string(),
  authorityName: z.string(),
  documentNo: z.string(),
  listedOn: isoDate,
  deadline: isoDate,
  state: z.enum(['listed', 'delisted']),
  delistedOn: isoDate.nullable(),
  delistingNotice: z.string().nullable(),
  exposureNotice: z.string().nullable(),
});
export type PublicListedHazard = z.infer<typeof publicListedHazard>;

export const listingRoutes = {
  list: '/supervision/listings',
  detail: '/supervision/listings/:id',
  requestEvaluation: '/supervision/listings/:id/evaluation-request',
  evaluationReport: '/supervision/listings/:id/evaluation-report',
  evaluationReportFile: '/supervision/listings/:id/evaluation-report/:fileId',
  evaluations: '/supervision/listings/:id/evaluations',
  verifications: '/supervision/listings/:id/verifications',
  delisting: '/supervision/listings/:id/delisting',
  interviews: '/supervision/listings/:id/interviews',
  exposure: '/supervision/listings/:id/exposure',
  agencies: '/supervision/listing-agencies',
  public: '/public/listed-hazards',
} as const;
