import { cardSafetySign } from './safety-signs.ts';
import { z } from 'zod';
import { pageInfo } from '../common.ts';
import { accidentType1986Code, accidentType2025Code } from './accident-types.ts';
import { assessmentBand, assessmentMethod } from './assessment.ts';
import { riskClass, riskColor, riskLevel } from './levels.ts';
import { controlHierarchy, dataSrc, identificationState, identificationTense } from './measures.ts';

// Response shapes of the register. Every level comes with its four-color `color` and the national
// `riskClass` (1 重大 … 4 低) so that screens and exports to upper platforms need no mapping of their own.

const levelOrNull = riskLevel.nullable();
const tier = z.enum(['company', 'department', 'workshop', 'team', 'post']);
const location = z.object({ lat: z.number(), lng: z.number() }).nullable();

export const riskObject = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(['facility', 'area', 'device', 'activity']),
  description: z.string(),
  responsibleUnitId: z.uuid().nullable(),
  responsibleUserId: z.uuid().nullable(),
  isMajorSource: z.boolean(),
  majorSourceCode: z.string().nullable(),
  majorSourceGrade: z.number().int().nullable(),
  exposedPopulation: z.number().int().nullable(),
  location,
  sort: z.number().int(),
  /** The highest current level of its units (objectLevel). */
  level: levelOrNull,
  color: riskColor.nullable(),
  riskClass: riskClass.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
  /** Who deleted it from the register and why (with archivedAt, its deletion mark). */
  archivedByName: z.string().nullable(),
  archiveReason: z.string().nullable(),
});
export type RiskObject = z.infer<typeof riskObject>;

export const riskUnit = z.object({
  id: z.uuid(),
  objectId: z.uuid(),
  code: z.string(),
  name: z.string(),
  description: z.string(),
  responsibleUnitId: z.uuid().nullable(),
  responsibleUserId: z.uuid().nullable(),
  /** The explicit tier, or null when the unit follows the enterprise's level → tier rules. */
  controlTier: tier.nullable(),
  /** The tier that holds the unit now: the explicit one, else the rule for its current level. */
  effectiveTier: tier.nullable(),
  controlUnitId: z.uuid().nullable(),
  controlUserId: z.uuid().nullable(),
  status: z.enum(['draft', 'submitted', 'reviewed', 'approved']),
  version: z.number().int(),
  inherentLevel: levelOrNull,
  residualLevel: levelOrNull,
  /** Residual level raised by active evidence; what the four-color map shows. */
  currentLevel: levelOrNull,
  color: riskColor.nullable(),
  riskClass: riskClass.nullable(),
  /** 失控: why the unit is out of control (a missed or overdue check), null when in control. */
  outOfControlReason: z.string().nullable(),
  needsReassessment: z.boolean(),
  reassessmentReason: z.string().nullable(),
  lastAssessedAt: z.string().nullable(),
  location,
  sort: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
  /** Who deleted it from the register and why (with archivedAt, its deletion mark). */
  archivedByName: z.string().nullable(),
  archiveReason: z.string().nullable(),
});
export type RiskUnit = z.infer<typeof riskUnit>;

export const riskAssessment = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  kind: z.enum(['inherent', 'residual']),
  method: assessmentMethod,
  tableVersion: z.string(),
  inputs: z.record(z.string(), z.unknown()),
  score: z.number().nullable(),
  level: riskLevel,
  color: riskColor,
  riskClass,
  band: assessmentBand.nullable(),
  explanation: z.string(),
  assessedBy: z.uuid().nullable(),
  assessedAt: z.string(),
});
export type RiskAssessment = z.infer<typeof riskAssessment>;

export const controlMeasure = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  kind: z.enum(['control', 'emergency']),
  hierarchy: controlHierarchy.nullable(),
  classify1: z.string().nullable(),
  classify2: z.string().nullable(),
  classify3: z.string().nullable(),
  content: z.string(),
  troubleshootContent: z.string(),
  failureSign: z.string(),
  dataSrc,
  /** National data-access code of dataSrc: 1 自动化监控, 2 隐患排查. */
  dataSrcCode: z.union([z.literal(1), z.literal(2)]),
  responsibleUnitId: z.uuid().nullable(),
  responsibleUserId: z.uuid().nullable(),
  sort: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ControlMeasure = z.infer<typeof controlMeasure>;

export const riskEventFactor = z.object({
  code: z.string(),
  note: z.string(),
  nameZh: z.string().nullable(),
});

export const riskEvent = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  stepId: z.uuid().nullable(),
  name: z.string(),
  description: z.string(),
  factors: z.array(riskEventFactor),
  accidentTypes1986: z.array(accidentType1986Code),
  accidentTypes2025: z.array(accidentType2025Code),
  state: identificationState,
  tense: identificationTense,
  consequences: z.string(),
  inherentLevel: levelOrNull,
  residualLevel: levelOrNull,
  /** Of the residual level, else the inherent one. */
  color: riskColor.nullable(),
  riskClass: riskClass.nullable(),
  inherentAssessmentId: z.uuid().nullable(),
  residualAssessmentId: z.uuid().nullable(),
  sort: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RiskEvent = z.infer<typeof riskEvent>;

/** An event in the unit detail: its latest assessments and its measures, controls by preference. */
export const riskEventDetail = riskEvent.extend({
  inherentAssessment: riskAssessment.nullable(),
  residualAssessment: riskAssessment.nullable(),
  measures: z.array(controlMeasure),
  emergencyMeasures: z.array(controlMeasure),
});
export type RiskEventDetail = z.infer<typeof riskEventDetail>;

export const riskUnitStep = z.object({
  id: z.uuid(),
  kind: z.enum(['jhaStep', 'sclItem']),
  seq: z.number().int(),
  name: z.string(),
  standard: z.string(),
});
export type RiskUnitStep = z.infer<typeof riskUnitStep>;

export const riskSteward = z.object({
  role: z.enum(['principal', 'technical', 'operational']),
  userId: z.uuid().nullable(),
  name: z.string(),
  title: z.string(),
  phone: z.string(),
});
export type RiskSteward = z.infer<typeof riskSteward>;

export const levelEvidence = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  level: riskLevel,
  color: riskColor,
  riskClass,
  source: z.string(),
  reason: z.string(),
  refType: z.string().nullable(),
  refId: z.string().nullable(),
  raisedBy: z.uuid().nullable(),
  raisedAt: z.string(),
  clearedAt: z.string().nullable(),
  clearedBy: z.uuid().nullable(),
  clearReason: z.string().nullable(),
});
export type LevelEvidence = z.infer<typeof levelEvidence>;

export const levelHistoryEntry = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  fromLevel: levelOrNull,
  toLevel: levelOrNull,
  cause: z.string(),
  reason: z.string(),
  actorId: z.uuid().nullable(),
  at: z.string(),
});
export type LevelHistoryEntry = z.infer<typeof levelHistoryEntry>;

export const registerAbilities = z.object({
  canEdit: z.boolean(),
  canPublish: z.boolean(),
  canConfigure: z.boolean(),
  canImport: z.boolean(),
  canRecordChange: z.boolean(),
});
/** The one declaration of what a user may do with a risk unit (server policy, API, web buttons). */
export const unitAbilities = z.object({
  canEdit: z.boolean(),
  canSubmit: z.boolean(),
  canWithdraw: z.boolean(),
  canReview: z.boolean(),
  canReject: z.boolean(),
  canApprove: z.boolean(),
});
export type RiskUnitAbilities = z.infer<typeof unitAbilities>;

export const riskUnitDetail = z.object({
  unit: riskUnit,
  object: riskObject.pick({
    id: true,
    code: true,
    name: true,
    kind: true,
    isMajorSource: true,
    majorSourceCode: true,
    majorSourceGrade: true,
  }),
  events: z.array(riskEventDetail),
  steps: z.array(riskUnitStep),
  posts: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** GB 2894 signs posted at the unit, in print order. */
  safetySigns: z.array(cardSafetySign),
  stewards: z.array(riskSteward),
  evidence: z.array(levelEvidence),
  levelHistory: z.array(levelHistoryEntry),
});
export type RiskUnitDetail = z.infer<typeof riskUnitDetail>;

export const levelCounts = z.object({
  major: z.number().int(),
  significant: z.number().int(),
  general: z.number().int(),
  low: z.number().int(),
  unassessed: z.number().int(),
});
export type LevelCounts = z.infer<typeof levelCounts>;

export const enterpriseRiskLevel = z.object({
  level: levelOrNull,
  color: riskColor.nullable(),
  riskClass: riskClass.nullable(),
  /** The roll-up rule in Chinese, shown beside the result. */
  rule: z.string(),
  counts: levelCounts,
  majorSources: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      majorSourceCode: z.string().nullable(),
      majorSourceGrade: z.number().int().nullable(),
      level: levelOrNull,
    }),
  ),
});
export type EnterpriseRiskLevel = z.infer<typeof enterpriseRiskLevel>;

export const registerTreeUnit = riskUnit
  .pick({
    id: true,
    code: true,
    name: true,
    status: true,
    inherentLevel: true,
    residualLevel: true,
    currentLevel: true,
    color: true,
    riskClass: true,
    effectiveTier: true,
    outOfControlReason: true,
    needsReassessment: true,
  })
  .extend({ eventCount: z.number().int() });

export const registerTree = z.object({
  data: z.object({
    enterprise: z.object({
      id: z.uuid(),
      name: z.string(),
      level: levelOrNull,
      color: riskColor.nullable(),
      riskClass: riskClass.nullable(),
      rule: z.string(),
    }),
    counts: levelCounts,
    objects: z.array(riskObject.extend({ units: z.array(registerTreeUnit) })),
  }),
  page: pageInfo,
  abilities: registerAbilities,
});
export type RegisterTree = z.infer<typeof registerTree>;
