import {
  riskLevelRank,
  riskLevelsAscending,
  type RiskLevel,
  type SupervisionFacts,
  type SupervisionTier,
  type TierStep,
  type TierTableRow,
} from '@shuangkong/contracts';

/**
 * The default 分级监管 table (STANDARDS §8, Shanxi 2025 maximum enforcement inspections a year:
 * hazardous chemicals and metal smelting 2/4/8/12, non-high-risk industries 1/2/4/6 from the best
 * to the worst grade; here by the adjusted risk level, low to major). A regulator replaces it with
 * its own through the settings dialog.
 */
export const DEFAULT_TIER_TABLE: readonly TierTableRow[] = [
  { level: 'major', tier: 'key', inspectionsHighRisk: 12, inspectionsOther: 6 },
  { level: 'significant', tier: 'strict', inspectionsHighRisk: 8, inspectionsOther: 4 },
  { level: 'general', tier: 'general', inspectionsHighRisk: 4, inspectionsOther: 2 },
  { level: 'low', tier: 'routine', inspectionsHighRisk: 2, inspectionsOther: 1 },
];

/** LS-3 raises (STANDARDS §1.2): how many levels each supervision fact adds. */
export const RAISES = {
  listedProvincial: 2,
  listedLocal: 1,
  openMajorHazard: 1,
  penalty: 1,
  illegalActivity: 2,
} as const;

export type TierInput = {
  /** The register's overall level; null while nothing is assessed. */
  registerLevel: RiskLevel | null;
  isHighRisk: boolean;
  facts: SupervisionFacts;
  table: readonly TierTableRow[];
};

export type TierResult = {
  adjustedLevel: RiskLevel;
  tier: SupervisionTier;
  inspectionsPerYear: number;
  steps: TierStep[];
};

const raised = (level: RiskLevel, by: number): RiskLevel =>
  riskLevelsAscending[Math.min(riskLevelRank(level) + by, riskLevelsAscending.length - 1)]!;

/**
 * 企业风险等级与监管层级: starts from the register's overall level (一般 when nothing is assessed
 * yet), raises it by each supervision fact as LS-3 says — an unfinished 挂牌督办 at provincial level
 * or above by two, a lower one by one (an open 重大事故隐患 not yet listed by one; the listing
 * already counts the hazard, so the two never add), a penalty within a year by one, illegal
 * production, operation or construction within a year by two — never above 重大, then reads the
 * tier and the planned inspections a year from the regulator's table. Every step is returned so the
 * page can explain the result.
 */
export function decideTier(input: TierInput): TierResult {
  const steps: TierStep[] = [];
  let level: RiskLevel = input.registerLevel ?? 'general';
  steps.push(
    input.registerLevel === null
      ? { kind: 'unassessed', raise: 0, level, detail: {} }
      : { kind: 'register', raise: 0, level, detail: {} },
  );
  let wanted = 0;
  const apply = (kind: TierStep['kind'], raise: number, detail: TierStep['detail'] = {}) => {
    wanted += raise;
    level = raised(level, raise);
    steps.push({ kind, raise, level, detail });
  };
  const { facts } = input;
  if (facts.listedMajorHazard === 'provincial') apply('listedProvincial', RAISES.listedProvincial);
  else if (facts.listedMajorHazard === 'local') apply('listedLocal', RAISES.listedLocal);
  else if (facts.openMajorHazards > 0)
    apply('openMajorHazard', RAISES.openMajorHazard, { count: facts.openMajorHazards });
  if (facts.penaltiesWithinYear > 0) apply('penalty', RAISES.penalty, { count: facts.penaltiesWithinYear });
  if (facts.illegalActivityWithinYear) apply('illegalActivity', RAISES.illegalActivity);
  const start = riskLevelRank(input.registerLevel ?? 'general');
  if (start + wanted > riskLevelRank('major')) {
    steps.push({ kind: 'capped', raise: 0, level, detail: { wanted } });
  }
  const row = rowFor(input.table, level);
  const inspectionsPerYear = input.isHighRisk ? row.inspectionsHighRisk : row.inspectionsOther;
  steps.push({
    kind: 'tier',
    raise: 0,
    level,
    detail: {
      tier: row.tier,
      inspections: inspectionsPerYear,
      industry: input.isHighRisk ? 'highRisk' : 'other',
    },
  });
  return { adjustedLevel: level, tier: row.tier, inspectionsPerYear, steps };
}

/** The table's row for a level; a table missing the level falls back to the default row. */
export function rowFor(table: readonly TierTableRow[], level: RiskLevel): TierTableRow {
  return table.find((r) => r.level === level) ?? DEFAULT_TIER_TABLE.find((r) => r.level === level)!;
}
