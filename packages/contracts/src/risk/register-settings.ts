import { z } from 'zod';
import { riskColor, riskLevel } from './levels.ts';

// Response shapes of the register's settings: table choice, tier rules, and the table sets.

const tier = z.enum(['company', 'department', 'workshop', 'team', 'post']);

export const riskSettings = z.object({
  defaultMethod: z.enum(['lec', 'ls', 'mes']),
  lecTable: z.string(),
  lsTable: z.string(),
  mesTable: z.string(),
  /** Where the tables come from: the enterprise's own choice, its industry's default, or the system's. */
  source: z.enum(['enterprise', 'industry', 'system']),
  /** The industry whose default applies (source 'industry'), else null. */
  industry: z.object({ code: z.string(), nameZh: z.string() }).nullable(),
});
export type RiskSettings = z.infer<typeof riskSettings>;

export const tierRules = z.object({
  rules: z.array(z.object({ level: riskLevel, tier, isDefault: z.boolean() })),
});
export type TierRules = z.infer<typeof tierRules>;

/** A factor and band table set for pickers (GET /assessment-tables). */
export const assessmentTableSet = z.object({
  key: z.string(),
  method: z.enum(['lec', 'ls', 'mes']),
  nameZh: z.string(),
  source: z.string(),
  scoreSymbol: z.string(),
  isDefault: z.boolean(),
  factors: z.array(
    z.object({
      key: z.string(),
      symbol: z.string(),
      nameZh: z.string(),
      options: z.array(z.object({ value: z.number(), labelZh: z.string(), labelEn: z.string() })),
    }),
  ),
  bands: z.array(
    z.object({
      min: z.number(),
      max: z.number().nullable(),
      minInclusive: z.boolean(),
      maxInclusive: z.boolean(),
      label: z.string(),
      level: riskLevel,
      color: riskColor,
    }),
  ),
});
export type AssessmentTableSet = z.infer<typeof assessmentTableSet>;

/** An industry's default table sets, which its enterprises inherit until they choose their own. */
export const industryTableDefault = z.object({
  industryCode: z.string(),
  industryNameZh: z.string(),
  defaultMethod: z.enum(['lec', 'ls', 'mes']),
  lecTable: z.string(),
  lsTable: z.string(),
  mesTable: z.string(),
  updatedAt: z.string(),
});
export type IndustryTableDefault = z.infer<typeof industryTableDefault>;
