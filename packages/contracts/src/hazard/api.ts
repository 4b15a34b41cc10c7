import { z } from 'zod';
import { boundedNumber, boundedQueryInt } from '../bounds.ts';
import { isoDate } from '../common.ts';
import {
  dangerSrc,
  hazardAction,
  hazardFoundBy,
  hazardGrade,
  hazardPhotoKind,
  hazardSignatureKind,
  hazardSort,
  hazardState,
  hazardType,
  managementClassification,
  occurrenceLink,
  rectificationType,
} from './codes.ts';

const name = z.string().trim().min(1).max(300);
const text = z.string().trim().min(1).max(2000);
const measures = z.string().trim().min(1).max(1000);
const reason = z.string().trim().min(1).max(500);
/** Re-entered password: a signed step is only accepted with the signer's own password. */
const password = z.string().min(1).max(200);
const fileIds = z.array(z.uuid()).max(9);
/** 元, two decimals at most. */
const cost = boundedNumber(0, 1e10);

// ---------- request bodies ----------

/** Full report (登记). */
export const reportHazardBody = z.object({
  name,
  description: text,
  cause: text.optional(),
  dangerSrc,
  foundBy: hazardFoundBy.default('self'),
  unitId: z.uuid().nullable().optional(),
  eventId: z.uuid().nullable().optional(),
  measureId: z.uuid().nullable().optional(),
  location: z.string().trim().max(200).optional(),
  beforePhotoIds: fileIds.default([]),
  enforcementId: z.string().trim().max(100).nullable().optional(),
  reporterHidden: z.boolean().default(false),
});
export type ReportHazardBody = z.infer<typeof reportHazardBody>;

/** 随手拍: any employee, a photo and a sentence. */
export const quickReportHazardBody = z.object({
  description: text,
  photoIds: z.array(z.uuid()).min(1).max(9),
  unitId: z.uuid().nullable().optional(),
  location: z.string().trim().max(200).optional(),
  reporterHidden: z.boolean().default(false),
});
export type QuickReportHazardBody = z.infer<typeof quickReportHazardBody>;

/** 评估/定级, signed. Choosing a major-hazard criterion makes the grade major. */
export const confirmHazardBody = z.object({
  grade: hazardGrade,
  hazardType,
  managementClassification,
  occurrenceLink,
  rectificationType,
  majorCriterionKey: z.string().max(50).nullable().optional(),
  name: name.optional(),
  password,
});
export type ConfirmHazardBody = z.infer<typeof confirmHazardBody>;

export const rejectHazardBody = z.object({ reason });
export const mergeHazardBody = z.object({ intoHazardId: z.uuid(), reason: reason.optional() });
export const voidHazardBody = z.object({ reason });

/** 限期整改: owner, deadline, measures, money (五落实). */
export const assignHazardBody = z.object({
  ownerUserId: z.uuid(),
  deadline: isoDate,
  measures,
  cost: cost.optional(),
});
export type AssignHazardBody = z.infer<typeof assignHazardBody>;

/** 重大事故隐患治理方案 (16号令 Art. 15, six parts). */
export const rectificationPlanBody = z.object({
  ownerUserId: z.uuid(),
  goal: text,
  measures,
  funds: cost,
  materials: z.string().trim().max(1000).optional(),
  organisation: text,
  deadline: isoDate,
  contingency: text,
  protectiveMeasures: text,
});
export type RectificationPlanBody = z.infer<typeof rectificationPlanBody>;

/** The principal signs the plan. */
export const approvePlanBody = z.object({ comment: z.string().trim().max(500).optional(), password });

export const submitRectificationBody = z.object({
  afterPhotoIds: z.array(z.uuid()).min(1).max(9),
  note: text,
  actualCost: cost.optional(),
  /** Major hazards: the evaluation after treatment (own experts or a third party). */
  evaluation: z
    .object({
      by: z.string().trim().min(1).max(200),
      thirdParty: z.boolean(),
      date: isoDate,
      conclusion: text,
    })
    .optional(),
  password,
});
export type SubmitRectificationBody = z.infer<typeof submitRectificationBody>;

/** 即查即改: the finder fixes it on the spot; someone else still accepts it. */
export const fixOnTheSpotBody = z.object({
  afterPhotoIds: z.array(z.uuid()).min(1).max(9),
  note: text,
  password,
});

export const acceptHazardBody = z.object({ comment: z.string().trim().max(1000).optional(), password });
export const sendBackHazardBody = z.object({ reason });
export const requestExtensionBody = z.object({ reason, newDeadline: isoDate });
export const decideExtensionBody = z.object({ comment: z.string().trim().max(500).optional() });
export const handOverHazardBody = z.object({ note: z.string().trim().max(1000).optional() });

// ---------- list ----------

const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item));
const boolQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const hazardListQuery = z.object({
  state: csv(hazardState).optional(),
  grade: hazardGrade.optional(),
  overdue: boolQuery.optional(),
  /** Reported by me or assigned to me. */
  mine: boolQuery.optional(),
  awaitingMyAcceptance: boolQuery.optional(),
  unitId: z.uuid().optional(),
  dangerSrc: z.coerce.number().int().min(1).max(10).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(100).optional(),
  sort: hazardSort.default('registeredAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  /** Keyset cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(200).optional(),
  limit: boundedQueryInt(1, 200).default(50),
});
export type HazardListQuery = z.infer<typeof hazardListQuery>;

/**
 * 五个清单 of the hazard module, as downloads: 隐患清单 (every hazard), 整改清单 (the treatment of
 * confirmed ones: owner, deadline, measures, money), 销号清单 (accepted and closed).
 */
export const hazardExportList = z.enum(['hazards', 'rectification', 'closeOut']);
export type HazardExportList = z.infer<typeof hazardExportList>;
export const hazardExportQuery = hazardListQuery
  .omit({ cursor: true, limit: true, sort: true, order: true })
  .extend({ list: hazardExportList.default('hazards') });
export type HazardExportQuery = z.infer<typeof hazardExportQuery>;

/**
 * 一企一档 for a period: the hazards registered from `from` to `to` (civil dates, both included;
 * either may be left open), with the register and the lists as they stand now.
 */
export const hazardArchiveQuery = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'to: the period must not end before it starts',
  });
export type HazardArchiveQuery = z.infer<typeof hazardArchiveQuery>;

/** The due-date chip: working days left (0 on the day), or calendar days past the deadline. */
export const hazardDue = z.object({
  workingDaysLeft: z.number().int().nullable(),
  overdueDays: z.number().int().nullable(),
});
export type HazardDue = z.infer<typeof hazardDue>;

export const hazardListItem = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  name: z.string(),
  state: hazardState,
  grade: hazardGrade.nullable(),
  dangerSrc,
  rectificationType: rectificationType.nullable(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  ownerUserId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  /** Null when the reporter chose to be hidden and the viewer is a colleague. */
  reporterName: z.string().nullable(),
  registeredAt: z.string(),
  deadline: isoDate.nullable(),
  overdue: z.boolean(),
  /** Null without a deadline or once the hazard is no longer open. */
  due: hazardDue.nullable(),
  recurring: z.boolean(),
  hasBeforePhoto: z.boolean(),
});
export type HazardListItem = z.infer<typeof hazardListItem>;

export const hazardList = z.object({
  data: z.array(hazardListItem),
  nextCursor: z.string().nullable(),
  /** `archive`: may download 一企一档 (the enterprise's safety manager or principal). */
  abilities: z.object({ report: z.boolean(), quickReport: z.boolean(), archive: z.boolean() }),
});
export type HazardList = z.infer<typeof hazardList>;

// ---------- detail ----------

export const hazardPhoto = z.object({
  fileId: z.uuid(),
  kind: hazardPhotoKind,
  url: z.string(),
  uploadedAt: z.string(),
});

export const hazardTimelineStep = z.object({
  id: z.uuid(),
  action: z.union([hazardAction, z.enum(['report', 'quickReport', 'fixOnTheSpot', 'overdue', 'escalate'])]),
  fromState: hazardState.nullable(),
  toState: hazardState,
  actorName: z.string().nullable(),
  at: z.string(),
  note: z.string().nullable(),
});

export const hazardSignature = z.object({
  id: z.uuid(),
  kind: hazardSignatureKind,
  signerUserId: z.uuid(),
  signerName: z.string(),
  signedAt: z.string(),
  contentSha256: z.string(),
  /** Recomputed from the stored content: false means the row was altered after signing. */
  verified: z.boolean(),
});
export type HazardSignature = z.infer<typeof hazardSignature>;

export const hazardExtension = z.object({
  id: z.uuid(),
  reason: z.string(),
  oldDeadline: isoDate,
  newDeadline: isoDate,
  state: z.enum(['requested', 'approved', 'refused']),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
});

export const hazardRectificationPlan = z.object({
  ownerUserId: z.uuid(),
  ownerName: z.string().nullable(),
  goal: z.string(),
  measures: z.string(),
  funds: z.number(),
  materials: z.string().nullable(),
  organisation: z.string(),
  deadline: isoDate,
  contingency: z.string(),
  protectiveMeasures: z.string(),
  approvedAt: z.string().nullable(),
});

/** One flag per action endpoint: what this user may do now. */
export const hazardAbilities = z
  .record(hazardAction, z.boolean())
  .and(z.object({ fixOnTheSpot: z.boolean(), uploadPhoto: z.boolean() }));

export const hazardDetail = hazardListItem.extend({
  description: z.string(),
  cause: z.string().nullable(),
  foundBy: hazardFoundBy,
  hazardType: hazardType.nullable(),
  managementClassification: managementClassification.nullable(),
  occurrenceLink: occurrenceLink.nullable(),
  majorCriterionKey: z.string().nullable(),
  eventId: z.uuid().nullable(),
  measureId: z.uuid().nullable(),
  inspectionRecordId: z.uuid().nullable(),
  enforcementId: z.string().nullable(),
  location: z.string().nullable(),
  measures: z.string().nullable(),
  cost: z.number().nullable(),
  acceptorName: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  acceptanceComment: z.string().nullable(),
  mergedIntoId: z.uuid().nullable(),
  plan: hazardRectificationPlan.nullable(),
  photos: z.array(hazardPhoto),
  timeline: z.array(hazardTimelineStep),
  signatures: z.array(hazardSignature),
  extensions: z.array(hazardExtension),
  abilities: hazardAbilities,
});
export type HazardDetail = z.infer<typeof hazardDetail>;

/** What a report (full or 随手拍) returns: the new hazard's id and state. */
export const hazardCreated = z.object({ id: z.uuid(), state: hazardState });
export type HazardCreated = z.infer<typeof hazardCreated>;

// ---------- regulators: major hazards in remit ----------

export const regionalMajorHazardQuery = z.object({
  /** Open (not yet closed by the enterprise) or every one, including closed and handed over. */
  scope: z.enum(['open', 'all']).default('open'),
  q: z.string().trim().max(100).optional(),
});
export type RegionalMajorHazardQuery = z.infer<typeof regionalMajorHazardQuery>;

export const regionalMajorHazard = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  name: z.string(),
  state: hazardState,
  majorCriterionKey: z.string().nullable(),
  unitName: z.string().nullable(),
  registeredAt: z.string(),
  deadline: isoDate.nullable(),
  overdue: z.boolean(),
  due: hazardDue.nullable(),
  planApproved: z.boolean(),
  foundBy: hazardFoundBy,
});
export type RegionalMajorHazard = z.infer<typeof regionalMajorHazard>;
