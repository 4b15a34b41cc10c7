import { z } from 'zod';
import { phoneNumber } from '../common.ts';
import {
  accidentType1986Code,
  accidentType1986To2025,
  accidentType2025Code,
  accidentType2025To1986,
  type AccidentType1986Code,
  type AccidentType2025Code,
} from './accident-types.ts';
import { directInputs, lecInputs, lsInputs, mesInputs } from './assessment.ts';
import { riskLevel } from './levels.ts';
import {
  controlHierarchy,
  dataSrc,
  identificationState,
  identificationTense,
  measureClassify1,
  measureClassify1Of,
  measureClassify2,
  NATIONAL_LIMITS,
  measureClassify3,
} from './measures.ts';
import { riskFactorCode } from './risk-factors.ts';

export * from './register-views.ts';
export * from './register-settings.ts';

/** 安全风险分析对象 kinds: a facility, an area, a device, or a work activity. */
export const riskObjectKind = z.enum(['facility', 'area', 'device', 'activity']);
export type RiskObjectKind = z.infer<typeof riskObjectKind>;

/** 分级管控层级, from the top of the enterprise down to the post. */
export const controlTier = z.enum(['company', 'department', 'workshop', 'team', 'post']);
export type ControlTier = z.infer<typeof controlTier>;

export const riskUnitStatus = z.enum(['draft', 'submitted', 'reviewed', 'approved']);
export type RiskUnitStatus = z.infer<typeof riskUnitStatus>;

export const stewardRole = z.enum(['principal', 'technical', 'operational']);
export type StewardRole = z.infer<typeof stewardRole>;

export const assessmentKind = z.enum(['inherent', 'residual']);
export type AssessmentKind = z.infer<typeof assessmentKind>;

export const measureKind = z.enum(['control', 'emergency']);
export type MeasureKind = z.infer<typeof measureKind>;

const code = z.string().trim().min(1).max(50);
const name = z.string().trim().min(1).max(200);
const text = (max: number) => z.string().trim().max(max);
const sort = z.number().int().min(0).max(1_000_000);
const location = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });

/** Create a risk object. A major source (重大危险源) carries its code; the command checks that. */
export const riskObjectInput = z.object({
  code,
  name,
  kind: riskObjectKind,
  description: text(2000).optional(),
  responsibleUnitId: z.uuid().nullable().optional(),
  responsibleUserId: z.uuid().nullable().optional(),
  isMajorSource: z.boolean().optional(),
  majorSourceCode: z.string().trim().min(1).max(50).nullable().optional(),
  majorSourceGrade: z.number().int().min(1).max(4).nullable().optional(),
  exposedPopulation: z.number().int().min(0).max(10_000_000).nullable().optional(),
  location: location.nullable().optional(),
  sort: sort.optional(),
});
export type RiskObjectInput = z.infer<typeof riskObjectInput>;
export const riskObjectUpdate = riskObjectInput.partial();
export type RiskObjectUpdate = z.infer<typeof riskObjectUpdate>;

const unitFields = {
  code,
  name,
  description: text(2000).optional(),
  responsibleUnitId: z.uuid().nullable().optional(),
  responsibleUserId: z.uuid().nullable().optional(),
  /** An explicit tier; null follows the enterprise's level → tier rules. */
  controlTier: controlTier.nullable().optional(),
  controlUnitId: z.uuid().nullable().optional(),
  controlUserId: z.uuid().nullable().optional(),
  location: location.nullable().optional(),
  sort: sort.optional(),
};
/** Create a risk unit under `objectId`. */
export const riskUnitInput = z.object({ objectId: z.uuid(), ...unitFields });
export type RiskUnitInput = z.infer<typeof riskUnitInput>;
/** Change a unit; `objectId` moves it to another object of the same enterprise. */
export const riskUnitUpdate = riskUnitInput.partial();
export type RiskUnitUpdate = z.infer<typeof riskUnitUpdate>;

export const riskFactorInput = z.object({ code: riskFactorCode, note: text(500).optional() });

const uniqueCodes = (items: readonly { code: string }[]) =>
  new Set(items.map((i) => i.code)).size === items.length;

const eventFields = {
  name,
  description: text(2000).optional(),
  factors: z
    .array(riskFactorInput)
    .max(50)
    .refine(uniqueCodes, { message: 'each factor code may appear once' })
    .optional(),
  accidentTypes1986: z.array(accidentType1986Code).max(20).optional(),
  accidentTypes2025: z.array(accidentType2025Code).max(27).optional(),
  state: identificationState.optional(),
  tense: identificationTense.optional(),
  consequences: text(2000).optional(),
  /** The JHA step or SCL item the event belongs to (one of the unit's steps). */
  stepId: z.uuid().nullable().optional(),
  sort: sort.optional(),
};
/** Create a risk event (风险事件) with its identification. */
export const riskEventInput = z.object(eventFields);
export type RiskEventInput = z.infer<typeof riskEventInput>;
export const riskEventUpdate = riskEventInput.partial();
export type RiskEventUpdate = z.infer<typeof riskEventUpdate>;

/**
 * Both editions of GB 6441 for an event. When only one edition is given the other is filled from
 * the mapping; when both are given they are kept as entered (the mapping is many-to-many and
 * only a person can pick among its edges).
 */
export function completeAccidentTypes(
  given1986: readonly AccidentType1986Code[],
  given2025: readonly AccidentType2025Code[],
): { accidentTypes1986: AccidentType1986Code[]; accidentTypes2025: AccidentType2025Code[] } {
  const a1986 = [...new Set(given1986)];
  const a2025 = [...new Set(given2025)];
  if (a1986.length > 0 && a2025.length === 0) {
    return {
      accidentTypes1986: a1986,
      accidentTypes2025: [...new Set(a1986.flatMap(accidentType1986To2025))],
    };
  }
  if (a2025.length > 0 && a1986.length === 0) {
    return {
      accidentTypes1986: [...new Set(a2025.flatMap(accidentType2025To1986))],
      accidentTypes2025: a2025,
    };
  }
  return { accidentTypes1986: a1986, accidentTypes2025: a2025 };
}

const measureFields = {
  kind: measureKind,
  hierarchy: controlHierarchy.nullable().optional(),
  classify1: measureClassify1.nullable().optional(),
  classify2: measureClassify2.nullable().optional(),
  classify3: measureClassify3.nullable().optional(),
  content: z.string().trim().min(1).max(2000),
  troubleshootContent: z
    .string()
    .trim()
    .max(NATIONAL_LIMITS.troubleshootContent, {
      message: `at most ${NATIONAL_LIMITS.troubleshootContent} characters (national data-access limit)`,
    })
    .optional(),
  failureSign: text(2000).optional(),
  /** How this measure is kept under control (national dataSrc 1/2); inspection checks only 'investigation'. */
  dataSrc: dataSrc.optional(),
  responsibleUnitId: z.uuid().nullable().optional(),
  responsibleUserId: z.uuid().nullable().optional(),
  sort: sort.optional(),
};

export type MeasureShape = {
  kind: MeasureKind;
  hierarchy?: string | null;
  classify1?: string | null;
  classify2?: string | null;
};

/**
 * What is wrong with a measure's classification, as a field and message, or null. Shared by the
 * schema (create) and the update command, which checks the merged row.
 */
export function measureIssue(
  m: MeasureShape,
): { field: 'hierarchy' | 'classify1' | 'classify2'; message: string } | null {
  if (m.kind === 'control' && !m.hierarchy) {
    return { field: 'hierarchy', message: 'a control measure needs its place in the hierarchy of controls' };
  }
  if (m.classify2) {
    const parsed = measureClassify2.safeParse(m.classify2);
    if (!parsed.success) return { field: 'classify2', message: 'unknown classify2 code' };
    if (!m.classify1) return { field: 'classify1', message: 'classify1 is required with classify2' };
    if (measureClassify1Of(parsed.data) !== m.classify1) {
      return { field: 'classify2', message: 'classify2 must belong to classify1' };
    }
  }
  return null;
}

/** Create a control (kind 'control', with its hierarchy) or emergency measure (kind 'emergency'). */
export const controlMeasureInput = z.object(measureFields).superRefine((m, ctx) => {
  const issue = measureIssue(m);
  if (issue) ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
});
export type ControlMeasureInput = z.infer<typeof controlMeasureInput>;
export const controlMeasureUpdate = z.object(measureFields).partial();
export type ControlMeasureUpdate = z.infer<typeof controlMeasureUpdate>;

const kindField = { kind: assessmentKind };
/** Assess an event: inherent (before controls) or residual (after), by one method. */
export const assessmentRequest = z.discriminatedUnion('method', [
  z.object({ ...kindField, method: z.literal('lec'), inputs: lecInputs }),
  z.object({ ...kindField, method: z.literal('ls'), inputs: lsInputs }),
  z.object({ ...kindField, method: z.literal('mes'), inputs: mesInputs }),
  z.object({ ...kindField, method: z.literal('direct'), inputs: directInputs }),
]);
export type AssessmentRequest = z.infer<typeof assessmentRequest>;

const tableField = { tableVersion: z.string().min(1).max(100).optional() };
/** The stateless calculator: a method, its inputs and optionally a table set key. */
export const evaluateRequest = z.discriminatedUnion('method', [
  z.object({ ...tableField, method: z.literal('lec'), inputs: lecInputs }),
  z.object({ ...tableField, method: z.literal('ls'), inputs: lsInputs }),
  z.object({ ...tableField, method: z.literal('mes'), inputs: mesInputs }),
  z.object({ ...tableField, method: z.literal('direct'), inputs: directInputs }),
]);
export type EvaluateRequest = z.infer<typeof evaluateRequest>;

/** A JHA step (work activity) or an SCL check item (facility). `id` keeps an existing step. */
export const stepInput = z.object({
  id: z.uuid().optional(),
  kind: z.enum(['jhaStep', 'sclItem']),
  seq: z.number().int().min(1).max(10_000),
  name,
  standard: text(2000).optional(),
});
export type StepInput = z.infer<typeof stepInput>;
export const stepsInput = z.object({
  steps: z
    .array(stepInput)
    .max(500)
    .refine((s) => new Set(s.filter((x) => x.id).map((x) => x.id)).size === s.filter((x) => x.id).length, {
      message: 'a step id may appear once',
    }),
});
export type StepsInput = z.infer<typeof stepsInput>;

export const unitPostsInput = z.object({ postIds: z.array(z.uuid()).max(200) });
export type UnitPostsInput = z.infer<typeof unitPostsInput>;

export const stewardInput = z.object({
  role: stewardRole,
  userId: z.uuid().nullable().optional(),
  name: z.string().trim().min(1).max(50),
  title: text(100).optional(),
  phone: phoneNumber,
});
export type StewardInput = z.infer<typeof stewardInput>;
/** 包保责任人: exactly one principal, one technical and one operational person. */
export const stewardsInput = z.object({
  stewards: z
    .array(stewardInput)
    .refine(
      (s) => s.length === 3 && stewardRole.options.every((r) => s.filter((x) => x.role === r).length === 1),
      { message: 'exactly one principal, one technical and one operational steward' },
    ),
});
export type StewardsInput = z.infer<typeof stewardsInput>;

export const tierRule = z.object({ level: riskLevel, tier: controlTier });
export type TierRule = z.infer<typeof tierRule>;
/** Level → tier rules; levels left out use the defaults. */
export const tierRulesInput = z.object({
  rules: z
    .array(tierRule)
    .max(4)
    .refine((r) => new Set(r.map((x) => x.level)).size === r.length, {
      message: 'each level may appear once',
    }),
});
export type TierRulesInput = z.infer<typeof tierRulesInput>;

/** Default graded control (分级管控): major → company, significant → department, general → team, low → post. */
export const defaultTierRules: Readonly<Record<z.infer<typeof riskLevel>, ControlTier>> = {
  major: 'company',
  significant: 'department',
  general: 'team',
  low: 'post',
};

export const riskSettingsInput = z.object({
  defaultMethod: z.enum(['lec', 'ls', 'mes']),
  lecTable: z.string().min(1).max(100),
  lsTable: z.string().min(1).max(100),
  mesTable: z.string().min(1).max(100),
});
export type RiskSettingsInput = z.infer<typeof riskSettingsInput>;

/** Manual evidence raising a unit's current level (later modules raise it through commands). */
export const evidenceInput = z.object({
  level: riskLevel,
  reason: z.string().trim().min(1).max(1000),
  refType: z.string().trim().min(1).max(50).optional(),
  refId: z.string().trim().min(1).max(100).optional(),
});
export type EvidenceInput = z.infer<typeof evidenceInput>;
export const evidenceClearance = z.object({ reason: z.string().trim().min(1).max(1000) });
export type EvidenceClearance = z.infer<typeof evidenceClearance>;

export const registerTreeQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  level: riskLevel.optional(),
  q: z.string().trim().max(100).optional(),
});
export type RegisterTreeQuery = z.infer<typeof registerTreeQuery>;

export const enterpriseParam = z.object({ enterpriseId: z.uuid() });
export const objectParams = enterpriseParam.extend({ objectId: z.uuid() });
export const unitParams = enterpriseParam.extend({ unitId: z.uuid() });
export const eventParams = enterpriseParam.extend({ eventId: z.uuid() });
export const measureParams = enterpriseParam.extend({ measureId: z.uuid() });
export const evidenceParams = enterpriseParam.extend({ evidenceId: z.uuid() });
