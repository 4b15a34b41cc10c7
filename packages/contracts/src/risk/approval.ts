import { z } from 'zod';
import { assessmentMethod } from './assessment.ts';
import { riskLevel } from './levels.ts';
import { controlHierarchy } from './measures.ts';
import { controlTier, riskUnitStatus } from './register.ts';
import { unitAbilities } from './register-views.ts';

export const riskSignatureAction = z.enum(['submit', 'review', 'approve', 'reject', 'withdraw', 'reopen']);
export type RiskSignatureAction = z.infer<typeof riskSignatureAction>;

/** Body of every step endpoint; a rejection must say why. */
export const riskApprovalStepBody = z.object({ comment: z.string().trim().max(1000).optional() });
export type RiskApprovalStepBody = z.infer<typeof riskApprovalStepBody>;

export const riskUnitAbilities = unitAbilities;

/** One signed step: who, when, what, why, and the hash of the content as signed. */
export const riskUnitSignature = z.object({
  id: z.uuid(),
  action: riskSignatureAction,
  fromStatus: riskUnitStatus,
  toStatus: riskUnitStatus,
  actorId: z.uuid(),
  actorName: z.string(),
  comment: z.string(),
  contentHash: z.string(),
  signedAt: z.string(),
});
export type RiskUnitSignature = z.infer<typeof riskUnitSignature>;

/** What makes a unit not ready (mirrors the server's readiness rules). */
export const riskReadinessIssue = z.object({
  code: z.string(),
  eventId: z.string().optional(),
  eventName: z.string().optional(),
  missing: z.array(z.string()).optional(),
});

/** The approval state of one unit; every step endpoint answers with it. */
export const riskUnitApproval = z.object({
  unitId: z.uuid(),
  status: riskUnitStatus,
  version: z.number().int(),
  submittedBy: z.uuid().nullable(),
  reviewedBy: z.uuid().nullable(),
  readiness: z.array(riskReadinessIssue),
  signatures: z.array(riskUnitSignature),
});
export type RiskUnitApproval = z.infer<typeof riskUnitApproval>;
export const riskUnitApprovalResponse = z.object({ data: riskUnitApproval, abilities: riskUnitAbilities });

const snapshotAssessment = z.object({
  id: z.string(),
  method: assessmentMethod,
  tableVersion: z.string(),
  inputs: z.unknown(),
  score: z.number().nullable(),
  level: riskLevel,
  explanation: z.string(),
});

export const riskSnapshotMeasure = z.object({
  id: z.string(),
  kind: z.enum(['control', 'emergency']),
  hierarchy: controlHierarchy.nullable(),
  classify1: z.string().nullable(),
  classify2: z.string().nullable(),
  classify3: z.string().nullable(),
  content: z.string(),
  troubleshootContent: z.string(),
  failureSign: z.string(),
  /** Absent in snapshots taken before dataSrc moved from the event to the measure. */
  dataSrc: z.string().optional(),
  responsibleUnitId: z.string().nullable(),
  responsibleUserId: z.string().nullable(),
});
export type RiskSnapshotMeasure = z.infer<typeof riskSnapshotMeasure>;

export const riskSnapshotEvent = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  accidentTypes1986: z.array(z.string()),
  accidentTypes2025: z.array(z.string()),
  state: z.string(),
  tense: z.string(),
  consequences: z.string(),
  inherentLevel: riskLevel.nullable(),
  residualLevel: riskLevel.nullable(),
  factors: z.array(z.object({ code: z.string(), note: z.string() })),
  inherentAssessment: snapshotAssessment.nullable(),
  residualAssessment: snapshotAssessment.nullable(),
  measures: z.array(riskSnapshotMeasure),
});
export type RiskSnapshotEvent = z.infer<typeof riskSnapshotEvent>;

/** A unit's full content as approved: what a version stores and what a signature hashes. */
export const riskUnitSnapshot = z.object({
  unit: z.object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    description: z.string(),
    objectId: z.string(),
    objectCode: z.string(),
    objectName: z.string(),
    responsibleUnitId: z.string().nullable(),
    responsibleUserId: z.string().nullable(),
    controlTier: controlTier.nullable(),
    controlUnitId: z.string().nullable(),
    controlUserId: z.string().nullable(),
    inherentLevel: riskLevel.nullable(),
    residualLevel: riskLevel.nullable(),
  }),
  events: z.array(riskSnapshotEvent),
});
export type RiskUnitSnapshot = z.infer<typeof riskUnitSnapshot>;

export const riskUnitVersionSummary = z.object({
  version: z.number().int(),
  approvedBy: z.uuid().nullable(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string(),
});
export const riskUnitVersionList = z.object({ data: z.array(riskUnitVersionSummary) });
export const riskUnitVersion = riskUnitVersionSummary.extend({ snapshot: riskUnitSnapshot });
export const riskUnitVersionResponse = z.object({ data: riskUnitVersion });
export const riskUnitVersionParams = z.object({
  enterpriseId: z.uuid(),
  unitId: z.uuid(),
  version: z.coerce.number().int().min(1).max(1_000_000),
});

// ── Register revisions ──────────────────────────────────────────────────────────────────────────

export const riskRegisterPublishBody = z.object({ note: z.string().trim().max(1000).default('') });

const levelCounts = z.object({
  major: z.number().int(),
  significant: z.number().int(),
  general: z.number().int(),
  low: z.number().int(),
});

export const riskRevisionSummary = z.object({
  units: z.number().int(),
  events: z.number().int(),
  measures: z.number().int(),
  unitsByLevel: levelCounts,
  eventsByLevel: levelCounts,
});
export type RiskRevisionSummary = z.infer<typeof riskRevisionSummary>;

export const riskRevisionListItem = z.object({
  revision: z.number().int(),
  note: z.string(),
  summary: riskRevisionSummary,
  publishedBy: z.uuid().nullable(),
  publishedByName: z.string().nullable(),
  publishedAt: z.string(),
});
export const riskRevisionEntry = z.object({
  unitId: z.string(),
  version: z.number().int(),
  snapshot: riskUnitSnapshot,
});
export type RiskRevisionEntry = z.infer<typeof riskRevisionEntry>;
export const riskRevision = riskRevisionListItem.extend({ units: z.array(riskRevisionEntry) });
export const riskRevisionList = z.object({
  data: z.array(riskRevisionListItem),
  abilities: z.object({ canPublish: z.boolean() }),
});
export const riskRevisionResponse = z.object({ data: riskRevision });
export const riskRevisionCreated = z.object({ data: riskRevisionListItem });
export const riskRevisionParams = z.object({
  enterpriseId: z.uuid(),
  revision: z.coerce.number().int().min(1).max(1_000_000),
});
export const riskRevisionDiffParams = z.object({
  enterpriseId: z.uuid(),
  a: z.coerce.number().int().min(1).max(1_000_000),
  b: z.coerce.number().int().min(1).max(1_000_000),
});

/** One changed field; values are as stored (strings, levels, arrays, objects). */
export const riskFieldChange = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });
export type RiskFieldChange = z.infer<typeof riskFieldChange>;

export const riskLevelChange = z.object({
  kind: z.enum(['inherent', 'residual']),
  from: riskLevel.nullable(),
  to: riskLevel.nullable(),
});
export type RiskLevelChange = z.infer<typeof riskLevelChange>;

const unitRef = z.object({
  unitId: z.string(),
  code: z.string(),
  name: z.string(),
  version: z.number().int(),
});
const eventRef = z.object({ eventId: z.string(), name: z.string(), residualLevel: riskLevel.nullable() });
const measureRef = z.object({
  measureId: z.string(),
  eventId: z.string(),
  kind: z.enum(['control', 'emergency']),
  content: z.string(),
});

export const riskUnitDiff = z.object({
  unitId: z.string(),
  code: z.string(),
  name: z.string(),
  fromVersion: z.number().int(),
  toVersion: z.number().int(),
  fields: z.array(riskFieldChange),
  /** Unit level changes, highlighted in the UI. */
  levelChanges: z.array(riskLevelChange),
  eventsAdded: z.array(eventRef),
  eventsRemoved: z.array(eventRef),
  eventsChanged: z.array(
    z.object({
      eventId: z.string(),
      name: z.string(),
      fields: z.array(riskFieldChange),
      levelChanges: z.array(riskLevelChange),
    }),
  ),
  measuresAdded: z.array(measureRef),
  measuresRemoved: z.array(measureRef),
  measuresChanged: z.array(measureRef.extend({ fields: z.array(riskFieldChange) })),
});
export type RiskUnitDiff = z.infer<typeof riskUnitDiff>;

export const riskRegisterDiff = z.object({
  from: z.number().int(),
  to: z.number().int(),
  unitsAdded: z.array(unitRef),
  unitsRemoved: z.array(unitRef),
  unitsChanged: z.array(riskUnitDiff),
  unchangedCount: z.number().int(),
});
export type RiskRegisterDiff = z.infer<typeof riskRegisterDiff>;
export const riskRegisterDiffResponse = z.object({ data: riskRegisterDiff });
