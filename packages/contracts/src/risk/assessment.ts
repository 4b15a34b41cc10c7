import { z } from 'zod';
import { boundedInt, boundedNumber, LIMITS } from '../bounds.ts';
import { gb18218Code, gb18218Table2Code, majorSourceGrade } from './chemicals.ts';
import { riskColor, riskLevel, type RiskLevel } from './levels.ts';

/** 评价方法: LEC, LS matrix, MES, or 直接判定. */
export const assessmentMethod = z.enum(['lec', 'ls', 'mes', 'direct']);
export type AssessmentMethod = z.infer<typeof assessmentMethod>;

/** The methods that multiply factors into a score and band it. */
export const scoredAssessmentMethod = assessmentMethod.exclude(['direct']);
export type ScoredAssessmentMethod = z.infer<typeof scoredAssessmentMethod>;

export const assessmentMethodLabelZh: Readonly<Record<AssessmentMethod, string>> = {
  lec: '作业条件危险性评价法（LEC）',
  ls: '风险矩阵法（LS）',
  mes: '风险程度评价法（MES）',
  direct: '直接判定法',
};

/**
 * The grounds on which a level is set directly instead of scored (直接判定), each naming the level it
 * sets; 'other' leaves the level to the assessor and needs a note. The common grounds of the
 * provincial guidelines and seed 002 (涉爆粉尘: ten or more people in one space).
 */
export const directReason = z.enum([
  'seriousBreach',
  'pastAccident',
  'majorSource',
  'dustOrToxicCrowd',
  'majorCriterion',
  'other',
]);
export type DirectReason = z.infer<typeof directReason>;

export const directReasonLabelZh: Readonly<Record<DirectReason, string>> = {
  seriousBreach: '严重违反安全生产法律法规、标准规范',
  pastAccident: '曾发生死亡、重伤或重大财产损失事故，且事故原因未消除',
  majorSource: '构成重大危险源',
  dustOrToxicCrowd: '涉爆粉尘或有毒有害气体作业场所同一时间作业人员10人及以上',
  majorCriterion: '符合重大事故隐患判定标准',
  other: '其他',
};

/** The level each ground sets; null where the assessor chooses ('other'). */
export const directReasonLevel: Readonly<Record<DirectReason, RiskLevel | null>> = {
  seriousBreach: 'major',
  pastAccident: 'major',
  majorSource: 'major',
  dustOrToxicCrowd: 'major',
  majorCriterion: 'major',
  other: null,
};

// Membership in the allowed values depends on the chosen table set, so the engine checks it; the
// schema only rejects what no table could accept.
const factorValue = z.number().positive().max(LIMITS.factorValue);

export const lecInputs = z.object({ l: factorValue, e: factorValue, c: factorValue });
export const lsInputs = z.object({ l: boundedInt(1, LIMITS.lsClass), s: boundedInt(1, LIMITS.lsClass) });
export const mesInputs = z.object({ m: factorValue, e: factorValue, s: factorValue });
export const directInputs = z.object({
  level: riskLevel,
  reason: directReason,
  note: z.string().trim().max(500).optional(),
});
export type LecInputs = z.infer<typeof lecInputs>;
export type LsInputs = z.infer<typeof lsInputs>;
export type MesInputs = z.infer<typeof mesInputs>;
export type DirectInputs = z.infer<typeof directInputs>;

/** One evaluation request: the method and its factor values under `inputs`. */
export const assessmentInput = z.discriminatedUnion('method', [
  z.object({ method: z.literal('lec'), inputs: lecInputs }),
  z.object({ method: z.literal('ls'), inputs: lsInputs }),
  z.object({ method: z.literal('mes'), inputs: mesInputs }),
  z.object({ method: z.literal('direct'), inputs: directInputs }),
]);
export type AssessmentInput = z.infer<typeof assessmentInput>;

/** A score interval; `max` null means unbounded above. */
export const assessmentBand = z.object({
  min: z.number(),
  max: z.number().nullable(),
  minInclusive: z.boolean(),
  maxInclusive: z.boolean(),
  label: z.string(),
});
export type AssessmentBand = z.infer<typeof assessmentBand>;

/**
 * An evaluation's outcome, complete enough to store as a snapshot: `tableVersion` names the factor
 * and band tables used ('lec-default@1'), because the same inputs give different levels under
 * different tables. `score` and `band` are null for a direct determination.
 */
export const assessmentResult = z.object({
  method: assessmentMethod,
  score: z.number().nullable(),
  level: riskLevel,
  color: riskColor,
  tableVersion: z.string(),
  band: assessmentBand.nullable(),
  explanation: z.string(),
});
export type AssessmentResult = z.infer<typeof assessmentResult>;

/**
 * One substance held in a GB 18218 unit. `code` is a 表1 code ('T1-12') or a 表2 class ('W5.3').
 * `hazardClasses` lists the substance's (other) 表2 classes: for a 表2 substance Q is the lowest over
 * all its classes; for a 表1 substance outside 表3 they are required to pick β from 表4.
 */
export const majorSourceSubstanceInput = z.object({
  code: gb18218Code,
  quantityTonnes: boundedNumber(0, LIMITS.tonnes),
  hazardClasses: z.array(gb18218Table2Code).max(24).optional(),
});
export type MajorSourceSubstanceInput = z.infer<typeof majorSourceSubstanceInput>;

/** A unit's inventory (design maximum quantities) and the people within 500 m outside the boundary. */
export const majorSourceInput = z.object({
  substances: z.array(majorSourceSubstanceInput).min(1).max(1000),
  exposedPopulation: boundedInt(0, LIMITS.people),
});
export type MajorSourceInput = z.infer<typeof majorSourceInput>;

/** Where β came from: 表3, 表4 by the entered class, 表4 by the default class, or missing (no class yet). */
export const majorSourceBetaSource = z.enum(['table3', 'table4', 'default', 'missing']);
export type MajorSourceBetaSource = z.infer<typeof majorSourceBetaSource>;

/** Per-substance working, kept so a stored result can be recomputed and audited. */
export const majorSourceTerm = z.object({
  code: z.string(),
  name: z.string(),
  q: z.number(),
  Q: z.number(),
  /** Null when the substance's 表2 class is still missing: s is known, R is not. */
  beta: z.number().nullable(),
  betaSource: majorSourceBetaSource,
  ratio: z.number(),
  weighted: z.number().nullable(),
});
export type MajorSourceTerm = z.infer<typeof majorSourceTerm>;

/** s = Σq/Q decides whether the unit is a major source; grade is null unless it is. */
export const majorSourceResult = z.object({
  s: z.number(),
  isMajorSource: z.boolean(),
  /** Null until every substance's β is known; identification (s) never needs β. */
  r: z.number().nullable(),
  /** Codes of the substances whose 表2 class is needed to grade. */
  missingHazardClasses: z.array(z.string()).default([]),
  alpha: z.number(),
  grade: majorSourceGrade.nullable(),
  gradeLabel: z.string().nullable(),
  terms: z.array(majorSourceTerm),
  tableVersion: z.string(),
  explanation: z.string(),
});
export type MajorSourceResult = z.infer<typeof majorSourceResult>;
