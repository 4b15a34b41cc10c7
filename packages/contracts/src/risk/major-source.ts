import { z } from 'zod';
import { boundedInt, boundedNumber, LIMITS } from '../bounds.ts';
import { gb18218Code, gb18218Table2Code, majorSourceGrade } from './chemicals.ts';
import { majorSourceResult } from './assessment.ts';
import { isoDate } from '../common.ts';

/** 重大危险源 kind in the national layout: 生产装置, 罐区, 库区 (仓库), 其他. */
export const majorSourceKind = z.enum(['productionUnit', 'tankFarm', 'warehouse', 'other']);
export type MajorSourceKind = z.infer<typeof majorSourceKind>;

export const majorSourceKindLabelZh: Readonly<Record<MajorSourceKind, string>> = {
  productionUnit: '生产装置',
  tankFarm: '罐区',
  warehouse: '库区（仓库）',
  other: '其他',
};

/**
 * A major source's facts as filed (备案). The registration code is the one the filing authority
 * issued: null until then, never made up. People within 500 m is the exposed population GB 18218's
 * α uses.
 */
export const majorSourceFacts = z.object({
  registrationCode: z.string().nullable(),
  kind: majorSourceKind.nullable(),
  involvesHazardousProcess: z.boolean().nullable(),
  filingDate: isoDate.nullable(),
  filingValidUntil: isoDate.nullable(),
  lastAssessmentYear: z.number().int().nullable(),
  inServiceDate: isoDate.nullable(),
  exposedPopulation: z.number().int().nullable(),
});
export type MajorSourceFacts = z.infer<typeof majorSourceFacts>;

/** `PUT …/risk-objects/:objectId/major-source/facts`: every fact; a missing one is cleared. */
export const majorSourceFactsUpdate = z.object({
  registrationCode: z.string().trim().min(1).max(50).nullable().optional(),
  kind: majorSourceKind.nullable().optional(),
  involvesHazardousProcess: z.boolean().nullable().optional(),
  filingDate: isoDate.nullable().optional(),
  filingValidUntil: isoDate.nullable().optional(),
  lastAssessmentYear: boundedInt(1950, 2200).nullable().optional(),
  inServiceDate: isoDate.nullable().optional(),
  exposedPopulation: boundedInt(0, LIMITS.people).nullable().optional(),
});
export type MajorSourceFactsUpdate = z.infer<typeof majorSourceFactsUpdate>;

/** `GET /chemicals?q=`: 表1 substances by name, alias or CAS, and 表2 classes. */
export const chemicalSearchQuery = z.object({
  q: z.string().trim().min(1).max(60),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const chemicalEntry = z.object({
  code: z.string(),
  table: z.union([z.literal(1), z.literal(2)]),
  name: z.string(),
  aliases: z.array(z.string()),
  cas: z.array(z.string()),
  criticalQuantityT: z.number(),
  /** β from 表3 for the named toxic gases; null means β comes from the 表2 class (表4). */
  table3Beta: z.number().nullable(),
  /** A 表1 substance outside 表3 needs its 表2 class(es) entered to grade the unit. */
  needsHazardClass: z.boolean(),
  /** The class offered by default for a common substance outside 表3 (GB 30000 classification). */
  defaultHazardClasses: z.array(z.string()),
});
export type ChemicalEntry = z.infer<typeof chemicalEntry>;

/** One line of a unit's design-maximum inventory (设计最大量). */
export const majorSourceInventoryItem = z.object({
  substanceCode: gb18218Code,
  quantityTonnes: boundedNumber(0, LIMITS.tonnes),
  hazardClasses: z.array(gb18218Table2Code).max(24).default([]),
});
export type MajorSourceInventoryItem = z.infer<typeof majorSourceInventoryItem>;

/** `PUT …/risk-objects/:objectId/major-source`: the inventory to store and evaluate. */
export const majorSourceUpdate = z.object({
  exposedPopulation: boundedInt(0, LIMITS.people),
  inventory: z.array(majorSourceInventoryItem).min(1).max(1000),
});
export type MajorSourceUpdate = z.infer<typeof majorSourceUpdate>;

export const majorSourceEvaluation = z.object({
  id: z.uuid(),
  /** What was evaluated, as stored: the engine input. */
  inputs: z.object({
    exposedPopulation: z.number(),
    substances: z.array(
      z.object({
        code: z.string(),
        quantityTonnes: z.number(),
        hazardClasses: z.array(z.string()).optional(),
      }),
    ),
  }),
  result: majorSourceResult,
  evaluatedAt: z.string(),
  evaluatedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type MajorSourceEvaluation = z.infer<typeof majorSourceEvaluation>;

export const majorSourceHistoryItem = z.object({
  id: z.uuid(),
  s: z.number(),
  r: z.number().nullable(),
  isMajorSource: z.boolean(),
  grade: majorSourceGrade.nullable(),
  evaluatedAt: z.string(),
  evaluatedByName: z.string().nullable(),
});

export const objectMajorSource = z.object({
  objectId: z.uuid(),
  objectCode: z.string(),
  objectName: z.string(),
  isMajorSource: z.boolean(),
  majorSourceCode: z.string().nullable(),
  majorSourceGrade: majorSourceGrade.nullable(),
  exposedPopulation: z.number().int().nullable(),
  facts: majorSourceFacts,
  inventory: z.array(
    z.object({
      substanceCode: z.string(),
      substanceName: z.string(),
      quantityTonnes: z.number(),
      hazardClasses: z.array(z.string()),
    }),
  ),
  latest: majorSourceEvaluation.nullable(),
  /** Newest first. */
  history: z.array(majorSourceHistoryItem),
});
export type ObjectMajorSource = z.infer<typeof objectMajorSource>;

export const majorSourceAbilities = z.object({ canEdit: z.boolean() });

// Prefixed names: the stewards (包保) CRUD owns the general steward schemas.
export const majorSourceStewardRole = z.enum(['principal', 'technical', 'operational']);
export type MajorSourceStewardRole = z.infer<typeof majorSourceStewardRole>;

export const majorSourceSteward = z.object({
  role: majorSourceStewardRole,
  name: z.string(),
  title: z.string(),
  phone: z.string(),
  userId: z.uuid().nullable(),
});
export type MajorSourceSteward = z.infer<typeof majorSourceSteward>;

/** One major source of the enterprise, for the dashboard and the risk board. */
export const majorSourceListItem = z.object({
  objectId: z.uuid(),
  objectCode: z.string(),
  objectName: z.string(),
  majorSourceCode: z.string().nullable(),
  grade: majorSourceGrade.nullable(),
  gradeLabel: z.string().nullable(),
  r: z.number().nullable(),
  s: z.number().nullable(),
  exposedPopulation: z.number().int().nullable(),
  evaluatedAt: z.string().nullable(),
  kind: majorSourceKind.nullable(),
  filingValidUntil: isoDate.nullable(),
  stewards: z.array(majorSourceSteward),
  /** Roles of the three 包保责任人 not yet named. */
  missingStewardRoles: z.array(majorSourceStewardRole),
});
export type MajorSourceListItem = z.infer<typeof majorSourceListItem>;
