// Schemas of supervision's assignment part: requests, responses and code lists (seed 002's 分级制,
// 交办制, 通报制 and 销号制).
import { z } from 'zod';
import { riskLevel } from '../risk/levels.ts';

/**
 * Where a registered significant or major risk stands: 待交办 → 已交办 → 已接收 (the enterprise
 * opened the letter) → 已签收 → 销号待审核 → 已销号, or 销号退回 (request again); 已撤销 when the
 * risk was lowered before it was assigned.
 */
export const assignmentState = z.enum([
  'toAssign',
  'issued',
  'received',
  'acknowledged',
  'closeOutRequested',
  'closeOutReturned',
  'closed',
  'lapsed',
]);
export type AssignmentState = z.infer<typeof assignmentState>;

/** States on the active list (登记造册); closed and lapsed ones are history. */
export const activeAssignmentStates: readonly AssignmentState[] = [
  'toAssign',
  'issued',
  'received',
  'acknowledged',
  'closeOutRequested',
  'closeOutReturned',
];

/** A deadline chip: working days left (0 on the day) or calendar days past it. */
export const assignmentDue = z.object({
  dueOn: z.string(),
  workingDaysLeft: z.number().int().nullable(),
  overdueDays: z.number().int().nullable(),
});
export type AssignmentDue = z.infer<typeof assignmentDue>;

/** The generated letter's content, stored with it as issued. */
export const assignmentLetter = z.object({
  issuerName: z.string(),
  docNumber: z.string(),
  title: z.string(),
  addressee: z.string(),
  paragraphs: z.array(z.string()),
  requirements: z.array(z.string()),
  unitName: z.string(),
  objectName: z.string(),
  level: riskLevel,
  accidentTypes: z.array(z.string()),
  measures: z.array(z.string()),
  respondBy: z.string(),
  signatory: z.string(),
  issuedOn: z.string(),
  /** 成文日期 written as the standard asks: 二〇二六年十二月四日. */
  issuedOnText: z.string(),
  copyTo: z.string(),
  printedBy: z.string(),
});
export type AssignmentLetter = z.infer<typeof assignmentLetter>;

export const closeOutSummary = z.object({
  id: z.string().uuid(),
  levelAtRequest: riskLevel,
  statement: z.string(),
  requestedByName: z.string(),
  requestedAt: z.string(),
  contentSha256: z.string(),
  signatureVerified: z.boolean(),
  verifyDueOn: z.string(),
  decision: z.enum(['approved', 'returned']).nullable(),
  decisionReason: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  published: z.boolean(),
});
export type CloseOutSummary = z.infer<typeof closeOutSummary>;

export const assignmentAbilities = z.object({
  assign: z.boolean(),
  acknowledge: z.boolean(),
  requestCloseOut: z.boolean(),
  verifyCloseOut: z.boolean(),
});

export const assignmentSummary = z.object({
  id: z.string().uuid(),
  enterpriseId: z.string().uuid(),
  enterpriseName: z.string(),
  unitId: z.string().uuid(),
  unitName: z.string(),
  objectName: z.string(),
  state: assignmentState,
  gradedLevel: riskLevel,
  currentLevel: riskLevel.nullable(),
  gradedOn: z.string(),
  assignDueOn: z.string(),
  regulatorName: z.string().nullable(),
  docNumber: z.string().nullable(),
  issuedAt: z.string().nullable(),
  respondBy: z.string().nullable(),
  receivedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  verifyDueOn: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** The deadline that matters now: assignment while 待交办, verification while 待审核. */
  due: assignmentDue.nullable(),
  /** Assigned after the 3 working days (kept once the letter is out). */
  assignedLate: z.boolean(),
  abilities: assignmentAbilities,
});
export type AssignmentSummary = z.infer<typeof assignmentSummary>;

export const assignmentDetail = assignmentSummary.extend({
  letter: assignmentLetter.nullable(),
  issuedByName: z.string().nullable(),
  receivedByName: z.string().nullable(),
  acknowledgedByName: z.string().nullable(),
  closeOuts: z.array(closeOutSummary),
});
export type AssignmentDetail = z.infer<typeof assignmentDetail>;

export const assignmentListQuery = z.object({
  /** active: 登记造册 (open entries); closeOut: 销号待审核; history: closed and lapsed. */
  view: z.enum(['active', 'toAssign', 'assigned', 'closeOut', 'history', 'all']).default('active'),
  state: assignmentState.optional(),
  q: z.string().trim().max(100).optional(),
});
export type AssignmentListQuery = z.infer<typeof assignmentListQuery>;

export const assignRiskBody = z.object({
  /** The date by which the enterprise reports its control (defaults to 10 working days). */
  respondBy: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** An added requirement for this enterprise (the generated ones always come). */
  note: z.string().trim().max(500).optional(),
});
export type AssignRiskBody = z.infer<typeof assignRiskBody>;

export const requestCloseOutBody = z.object({
  statement: z.string().trim().min(4).max(2000),
  /** The principal's password, re-entered as the signature. */
  password: z.string().min(1).max(200),
});
export type RequestCloseOutBody = z.infer<typeof requestCloseOutBody>;

export const verifyCloseOutBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approved'), reason: z.string().trim().max(500).optional() }),
  z.object({ decision: z.literal('returned'), reason: z.string().trim().min(2).max(500) }),
]);
export type VerifyCloseOutBody = z.infer<typeof verifyCloseOutBody>;

/** 周调度 and 月通报. */
export const bulletinKind = z.enum(['weeklyDispatch', 'monthlyNotice']);
export type BulletinKind = z.infer<typeof bulletinKind>;

export const issueBulletinBody = z
  .object({
    kind: bulletinKind,
    periodStart: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    periodEnd: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  })
  .refine((b) => b.periodStart <= b.periodEnd, {
    path: ['periodEnd'],
    message: 'the period ends before it starts',
  })
  .refine(
    (b) =>
      (Date.parse(`${b.periodEnd}T00:00:00Z`) - Date.parse(`${b.periodStart}T00:00:00Z`)) / 86_400_000 <= 92,
    { path: ['periodEnd'], message: 'a period is at most 92 days' },
  );
export type IssueBulletinBody = z.infer<typeof issueBulletinBody>;

export const bulletinEnterpriseRow = z.object({
  enterpriseId: z.string().uuid(),
  enterpriseName: z.string(),
  registered: z.number().int(),
  assigned: z.number().int(),
  acknowledged: z.number().int(),
  overdueAssignments: z.number().int(),
  closeOutsRequested: z.number().int(),
  closed: z.number().int(),
  overdueVerifications: z.number().int(),
  items: z.array(
    z.object({
      unitName: z.string(),
      level: riskLevel.nullable(),
      state: assignmentState,
      docNumber: z.string().nullable(),
      overdue: z.boolean(),
    }),
  ),
});
export type BulletinEnterpriseRow = z.infer<typeof bulletinEnterpriseRow>;

export const bulletinSnapshot = z.object({
  totals: z.object({
    registered: z.number().int(),
    major: z.number().int(),
    significant: z.number().int(),
    newlyGraded: z.number().int(),
    assignedInPeriod: z.number().int(),
    overdueAssignments: z.number().int(),
    acknowledged: z.number().int(),
    closedInPeriod: z.number().int(),
    closeOutsPending: z.number().int(),
    overdueVerifications: z.number().int(),
  }),
  enterprises: z.array(bulletinEnterpriseRow),
});
export type BulletinSnapshot = z.infer<typeof bulletinSnapshot>;

export const bulletinSummary = z.object({
  id: z.string().uuid(),
  kind: bulletinKind,
  regulatorName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  docNumber: z.string(),
  title: z.string(),
  issuedAt: z.string(),
  issuedByName: z.string(),
  enterprises: z.number().int(),
});
export type BulletinSummary = z.infer<typeof bulletinSummary>;

export const bulletinDetail = bulletinSummary.extend({ snapshot: bulletinSnapshot });
export type BulletinDetail = z.infer<typeof bulletinDetail>;

/** The public portal's list of close-outs of major risks (published fields only). */
export const publicCloseOut = z.object({
  enterpriseName: z.string(),
  unitName: z.string(),
  gradedLevel: riskLevel,
  docNumber: z.string(),
  regulatorName: z.string(),
  closedOn: z.string(),
});
export type PublicCloseOut = z.infer<typeof publicCloseOut>;

/** Paths of the part, relative to /api/v1. */
export const assignmentRoutes = {
  list: '/supervision/assignments',
  detail: '/supervision/assignments/:id',
  assign: '/supervision/assignments/:id/assign',
  verify: '/supervision/assignments/:id/close-out/verify',
  bulletins: '/supervision/bulletins',
  bulletin: '/supervision/bulletins/:id',
  enterpriseList: '/enterprises/:enterpriseId/supervision/assignments',
  enterpriseDetail: '/enterprises/:enterpriseId/supervision/assignments/:id',
  acknowledge: '/enterprises/:enterpriseId/supervision/assignments/:id/acknowledge',
  requestCloseOut: '/enterprises/:enterpriseId/supervision/assignments/:id/close-out',
  enterpriseBulletins: '/enterprises/:enterpriseId/supervision/bulletins',
  enterpriseBulletin: '/enterprises/:enterpriseId/supervision/bulletins/:id',
  publicCloseOuts: '/public/close-outs',
} as const;
