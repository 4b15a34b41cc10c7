// Schemas of supervision's regional part: requests, responses and code lists.
import { z } from 'zod';
import { boundedInt } from '../bounds.ts';
import { pageInfo, pageQuery } from '../common.ts';
import { accidentType1986Code } from '../risk/accident-types.ts';
import { riskLevel } from '../risk/levels.ts';

/** The part's endpoints, under /api/v1. */
export const regionalRoutes = {
  risks: '/supervision/risks',
  risksSummary: '/supervision/risks/summary',
  risksChanges: '/supervision/risks/changes',
  risksExport: '/supervision/risks/export',
  tiers: '/supervision/tiers',
  tierTable: '/supervision/tier-table',
  enterpriseTier: '/supervision/enterprises/:enterpriseId/tier',
  dashboard: '/supervision/dashboard',
} as const;

// ---------------------------------------------------------------------------------------------
// 区域安全风险数据库

/** The two levels the regional database holds (登记造册: 重大 and 较大). */
export const regionalRiskLevel = z.enum(['major', 'significant']);
export type RegionalRiskLevel = z.infer<typeof regionalRiskLevel>;

export const regionalRiskSort = z.enum(['level', 'enterprise', 'township', 'assessedAt']);
export type RegionalRiskSort = z.infer<typeof regionalRiskSort>;

/** The filters of the list, its summary and its export (kept in the page's URL). */
export const regionalRiskFilters = z.object({
  level: regionalRiskLevel.optional(),
  industry: z.string().trim().min(1).max(64).optional(),
  /** A township's jurisdiction code. */
  township: z
    .string()
    .trim()
    .regex(/^\d{6,12}$/, 'must be a jurisdiction code')
    .optional(),
  accidentType: accidentType1986Code.optional(),
  /** Part of the enterprise's name. */
  q: z.string().trim().min(1).max(100).optional(),
});
export type RegionalRiskFilters = z.infer<typeof regionalRiskFilters>;

export const regionalRiskQuery = pageQuery.extend(regionalRiskFilters.shape).extend({
  sort: regionalRiskSort.default('level'),
});
export type RegionalRiskQuery = z.infer<typeof regionalRiskQuery>;

export const regionalRisk = z.object({
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  unitId: z.uuid(),
  unitCode: z.string(),
  unitName: z.string(),
  objectName: z.string(),
  level: regionalRiskLevel,
  accidentTypes: z.array(accidentType1986Code),
  industryCodes: z.array(z.string()),
  townshipCode: z.string().nullable(),
  townshipName: z.string().nullable(),
  outOfControl: z.boolean(),
  lastAssessedAt: z.iso.datetime().nullable(),
});
export type RegionalRisk = z.infer<typeof regionalRisk>;

export const regionalRiskList = z.object({ data: z.array(regionalRisk), page: pageInfo });
export type RegionalRiskList = z.infer<typeof regionalRiskList>;

/** One bar of a distribution: a code, its display name and how many. */
export const countBy = z.object({ key: z.string(), name: z.string(), count: z.number().int() });
export type CountBy = z.infer<typeof countBy>;

export const regionalRiskSummary = z.object({
  total: z.number().int(),
  enterprises: z.number().int(),
  byLevel: z.object({ major: z.number().int(), significant: z.number().int() }),
  byIndustry: z.array(countBy),
  byTownship: z.array(countBy),
  byAccidentType: z.array(countBy),
});
export type RegionalRiskSummary = z.infer<typeof regionalRiskSummary>;

/** newlyGraded: entered 重大/较大 from below; raised: 较大 → 重大; lowered: left 重大 or 较大 downwards. */
export const regionalRiskChangeKind = z.enum(['newlyGraded', 'raised', 'lowered']);
export type RegionalRiskChangeKind = z.infer<typeof regionalRiskChangeKind>;

export const regionalRiskChange = z.object({
  id: z.uuid(),
  kind: regionalRiskChangeKind,
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  fromLevel: riskLevel.nullable(),
  toLevel: riskLevel.nullable(),
  cause: z.string(),
  reason: z.string(),
  at: z.iso.datetime(),
});
export type RegionalRiskChange = z.infer<typeof regionalRiskChange>;

export const regionalRiskChanges = z.object({
  since: z.iso.datetime(),
  counts: z.object({ newlyGraded: z.number().int(), raised: z.number().int(), lowered: z.number().int() }),
  data: z.array(regionalRiskChange),
});
export type RegionalRiskChanges = z.infer<typeof regionalRiskChanges>;

// ---------------------------------------------------------------------------------------------
// 企业风险等级与分级监管

/** 监管层级: 重点 (key), 严格 (strict), 一般 (general), 常规抽查 (routine). */
export const supervisionTier = z.enum(['key', 'strict', 'general', 'routine']);
export type SupervisionTier = z.infer<typeof supervisionTier>;
export const supervisionTiers = supervisionTier.options;

/** One row of a regulator's tier table: an adjusted level's tier and planned inspections a year. */
export const tierTableRow = z.object({
  level: riskLevel,
  tier: supervisionTier,
  /** Enterprises of a high-risk industry (危化品, 矿山, 烟花爆竹, 冶金 …). */
  inspectionsHighRisk: boundedInt(0, 52),
  inspectionsOther: boundedInt(0, 52),
});
export type TierTableRow = z.infer<typeof tierTableRow>;

export const tierTable = z.object({
  rows: z.array(tierTableRow),
  /** Whether the regulator has set its own table (otherwise the defaults apply). */
  configured: z.boolean(),
  updatedAt: z.iso.datetime().nullable(),
  updatedByName: z.string().nullable(),
  abilities: z.object({ canConfigure: z.boolean() }),
});
export type TierTable = z.infer<typeof tierTable>;

export const saveTierTableBody = z.object({
  rows: z
    .array(tierTableRow)
    .length(4)
    .refine((rows) => new Set(rows.map((r) => r.level)).size === 4, 'one row per level'),
});
export type SaveTierTableBody = z.infer<typeof saveTierTableBody>;

/** The listed-supervision authority of an unfinished 挂牌督办 (LS-3: provincial or higher +2, lower +1). */
export const listingLevel = z.enum(['none', 'local', 'provincial']);
export type ListingLevel = z.infer<typeof listingLevel>;

/** The supervision facts that adjust an enterprise's register level (STANDARDS §1.2 LS-3). */
export const supervisionFacts = z.object({
  /** Open 重大事故隐患 in the enterprise's own hazard register. */
  openMajorHazards: z.number().int(),
  /** The highest authority of an unfinished listed major hazard. */
  listedMajorHazard: listingLevel,
  /** Administrative safety penalties within the last 12 months. */
  penaltiesWithinYear: z.number().int(),
  /** Illegal production, operation or construction found within the last 12 months. */
  illegalActivityWithinYear: z.boolean(),
});
export type SupervisionFacts = z.infer<typeof supervisionFacts>;

export const tierStepKind = z.enum([
  'register',
  'unassessed',
  'listedProvincial',
  'listedLocal',
  'openMajorHazard',
  'penalty',
  'illegalActivity',
  'capped',
  'tier',
]);
export type TierStepKind = z.infer<typeof tierStepKind>;

/** One step of the explanation: what it looked at, by how much it moved, the level after it. */
export const tierStep = z.object({
  kind: tierStepKind,
  raise: z.number().int(),
  level: riskLevel,
  /** Numbers the text needs (count of penalties, planned inspections …). */
  detail: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type TierStep = z.infer<typeof tierStep>;

export const enterpriseTier = z.object({
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  industryCodes: z.array(z.string()),
  townshipCode: z.string().nullable(),
  townshipName: z.string().nullable(),
  isHighRisk: z.boolean(),
  /** 企业整体风险等级 from the register (null: nothing assessed yet). */
  registerLevel: riskLevel.nullable(),
  adjustedLevel: riskLevel,
  tier: supervisionTier,
  inspectionsPerYear: z.number().int(),
  facts: supervisionFacts,
});
export type EnterpriseTier = z.infer<typeof enterpriseTier>;

export const enterpriseTierExplanation = enterpriseTier.extend({ steps: z.array(tierStep) });
export type EnterpriseTierExplanation = z.infer<typeof enterpriseTierExplanation>;

export const tierListQuery = pageQuery.extend({
  level: riskLevel.optional(),
  tier: supervisionTier.optional(),
  industry: z.string().trim().min(1).max(64).optional(),
  township: z
    .string()
    .trim()
    .regex(/^\d{6,12}$/, 'must be a jurisdiction code')
    .optional(),
  q: z.string().trim().min(1).max(100).optional(),
  /** Only enterprises a supervision fact moved above their register level. */
  adjusted: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type TierListQuery = z.input<typeof tierListQuery>;

export const tierList = z.object({
  data: z.array(enterpriseTier),
  page: pageInfo,
  /** Per tier in the filtered set: enterprises and planned inspections a year. */
  totals: z.array(
    z.object({ tier: supervisionTier, enterprises: z.number().int(), inspections: z.number().int() }),
  ),
});
export type TierList = z.infer<typeof tierList>;

// ---------------------------------------------------------------------------------------------
// 监管首页

export const supervisionDashboard = z.object({
  asOf: z.iso.datetime(),
  enterprises: z.object({
    total: z.number().int(),
    /** By overall register level; `unassessed` has no assessed unit yet. */
    byLevel: z.object({
      major: z.number().int(),
      significant: z.number().int(),
      general: z.number().int(),
      low: z.number().int(),
      unassessed: z.number().int(),
    }),
    byTier: z.object({
      key: z.number().int(),
      strict: z.number().int(),
      general: z.number().int(),
      routine: z.number().int(),
    }),
    plannedInspections: z.number().int(),
  }),
  risks: z.object({
    major: z.number().int(),
    significant: z.number().int(),
    outOfControlUnits: z.number().int(),
  }),
  hazards: z.object({ openMajor: z.number().int(), overdue: z.number().int() }),
  /** Enterprises by industry and township, with their major and significant risks. */
  byIndustry: z.array(countBy.extend({ major: z.number().int(), significant: z.number().int() })),
  byTownship: z.array(countBy.extend({ major: z.number().int(), significant: z.number().int() })),
});
export type SupervisionDashboard = z.infer<typeof supervisionDashboard>;
