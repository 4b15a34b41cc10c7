import {
  riskLevelRank,
  supervisionTiers,
  type EnterpriseTier,
  type RiskLevel,
  type TierList,
  type TierTableRow,
} from '@shuangkong/contracts';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { tierListQuery } from '@shuangkong/contracts';
import { withoutJit } from '../../../../../platform/db/without-jit.ts';
import type { Actor } from '../../../../identity/index.ts';
import type { Db } from '../../../supervision.database.ts';
import {
  factsOf,
  gradingColumns,
  gradingCtes,
  gradingJoins,
  registerLevelOfRank,
  type GradedRow,
} from '../../queries/supervision-facts.ts';
import {
  inIndustry,
  inTownship,
  industriesOf,
  likePattern,
  remitEnterprises,
  placesCte,
} from '../../regional-scope.ts';
import { decideTier } from '../tier-rule.ts';
import { loadTierTable } from '../tier-table.repository.ts';

type Query = z.infer<typeof tierListQuery>;
type Based = {
  id: string;
  name: string;
  isHighRisk: boolean;
  industryCodes: string[] | null;
  townshipCode: string | null;
  townshipName: string | null;
};

/**
 * Every enterprise of the remit with its register level, its adjusted level, tier and planned
 * inspections (the rule runs per enterprise in code: the rule is one function, not copied into SQL).
 */
export async function enterpriseTiers(
  db: Db,
  actor: Actor,
  filters: Pick<Query, 'industry' | 'township' | 'q'>,
  table: readonly TierTableRow[],
  enterpriseIds?: readonly string[],
) {
  let q = remitEnterprises(db, actor).select((eb) => [
    'e.id',
    'e.name',
    'e.isHighRisk',
    industriesOf(eb).as('industryCodes'),
    'e.jurisdictionPath',
  ]);
  if (enterpriseIds !== undefined) {
    if (enterpriseIds.length === 0) return [];
    q = q.where('e.id', 'in', [...enterpriseIds]);
  }
  if (filters.industry) q = q.where(inIndustry(filters.industry));
  if (filters.township) q = q.where(inTownship(filters.township));
  if (filters.q) q = q.where('e.name', 'ilike', likePattern(filters.q));
  const { rows } = await withoutJit(db, (trx) =>
    sql<Based & GradedRow>`with ent as materialized (${q}), ${gradingCtes}, ${placesCte}
      select ent.*, places.township_code, places.township_name, ${gradingColumns} from ent
      join places on places.jurisdiction_path = ent.jurisdiction_path ${gradingJoins}
      order by ent.name`.execute(trx),
  );
  return rows.map((r) => {
    const facts = factsOf(r);
    const registerLevel = registerLevelOfRank(r.registerRank);
    const result = decideTier({ registerLevel, isHighRisk: r.isHighRisk, facts, table });
    const tier: EnterpriseTier = {
      enterpriseId: r.id,
      enterpriseName: r.name,
      industryCodes: r.industryCodes ?? [],
      townshipCode: r.townshipCode,
      townshipName: r.townshipName,
      isHighRisk: r.isHighRisk,
      registerLevel,
      adjustedLevel: result.adjustedLevel,
      tier: result.tier,
      inspectionsPerYear: result.inspectionsPerYear,
      facts,
    };
    return { tier, steps: result.steps };
  });
}

const rank = (level: RiskLevel | null) => (level === null ? -1 : riskLevelRank(level));

/** 分级监管 list: filtered, the most severe first, paged, with totals per tier of the filtered set. */
export async function listTiers(db: Db, actor: Actor, query: Query): Promise<TierList> {
  const { rows: table } = await loadTierTable(db, actor);
  const all = (await enterpriseTiers(db, actor, query, table)).map((x) => x.tier);
  const filtered = all.filter(
    (t) =>
      (query.level === undefined || t.adjustedLevel === query.level) &&
      (query.tier === undefined || t.tier === query.tier) &&
      (query.adjusted === undefined ||
        rank(t.adjustedLevel) > rank(t.registerLevel ?? 'general') === query.adjusted),
  );
  filtered.sort(
    (a, b) =>
      rank(b.adjustedLevel) - rank(a.adjustedLevel) ||
      rank(b.registerLevel) - rank(a.registerLevel) ||
      a.enterpriseName.localeCompare(b.enterpriseName, 'zh-CN'),
  );
  const start = (query.page - 1) * query.pageSize;
  return {
    data: filtered.slice(start, start + query.pageSize),
    page: { page: query.page, pageSize: query.pageSize, total: filtered.length },
    totals: supervisionTiers.map((tier) => {
      const of = filtered.filter((t) => t.tier === tier);
      return { tier, enterprises: of.length, inspections: of.reduce((s, t) => s + t.inspectionsPerYear, 0) };
    }),
  };
}
