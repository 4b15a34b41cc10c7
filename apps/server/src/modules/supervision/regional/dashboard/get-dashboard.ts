import type { ListingLevel, RiskLevel, SupervisionDashboard } from '@shuangkong/contracts';
import { sql } from 'kysely';
import { shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import type { Actor } from '../../../identity/index.ts';
import type { Db } from '../../supervision.database.ts';
import { factColumns } from '../queries/supervision-facts.ts';
import { registerLevelOf, remitEnterprises, townshipOf } from '../regional-scope.ts';
import { decideTier } from '../tiers/tier-rule.ts';
import { loadTierTable } from '../tiers/tier-table.repository.ts';

type Group = {
  registerLevel: RiskLevel | null;
  isHighRisk: boolean;
  hasOpenMajor: boolean;
  listed: ListingLevel;
  penalised: boolean;
  illegal: boolean;
  n: number;
};
type Place = {
  key: string | null;
  name: string | null;
  enterprises: number;
  major: number;
  significant: number;
};

/**
 * The regulator's home figures for today, all inside its remit, in three statements run side by
 * side:
 * 1. enterprises grouped by everything the tier rule reads (register level, high-risk industry,
 *    the supervision facts): a handful of groups, each run through decideTier, give the counts by
 *    level and tier and the planned inspections — the rule stays one function, not SQL;
 * 2. major/significant and 失控 units, per township and per industry;
 * 3. open major and overdue hazards.
 * Inspection records are not read: a missed check marks its unit out of control (risk's
 * out_of_control_reason), which is what the regulator needs to see.
 */
export async function getDashboard(db: Db, actor: Actor, now = new Date()): Promise<SupervisionDashboard> {
  const today = shanghaiCivilDate(now);
  const { rows: table } = await loadTierTable(db, actor);
  const graded = remitEnterprises(db, actor).select([
    'e.id',
    'e.isHighRisk',
    registerLevelOf.as('registerLevel'),
    factColumns.openMajorHazards.as('openMajorHazards'),
    factColumns.listedMajorHazard.as('listedMajorHazard'),
    factColumns.penaltiesWithinYear.as('penaltiesWithinYear'),
    factColumns.illegalActivityWithinYear.as('illegalActivityWithinYear'),
  ]);
  const placed = remitEnterprises(db, actor).select(['e.id', townshipOf('code').as('township')]);
  const ids = idsOf(db, actor);
  const [groups, townships, industries, units, hazards] = await Promise.all([
    sql<Group>`select register_level as "registerLevel", is_high_risk as "isHighRisk",
        open_major_hazards > 0 as "hasOpenMajor", listed_major_hazard as listed,
        penalties_within_year > 0 as penalised, illegal_activity_within_year as illegal, count(*)::int as n
      from (${graded}) g group by 1, 2, 3, 4, 5, 6`.execute(db),
    sql<Place>`with ent as (${placed}),
      units as (${unitCounts(ids)})
      select ent.township as key, t.name, count(*)::int as enterprises,
        coalesce(sum(units.major), 0)::int as major, coalesce(sum(units.significant), 0)::int as significant
      from ent left join units on units.enterprise_id = ent.id left join jurisdictions t on t.code = ent.township
      group by ent.township, t.name, t.sort order by t.sort nulls last, ent.township`.execute(db),
    sql<Place>`with units as (${unitCounts(ids)})
      select ei.industry_code as key, i.name_zh as name, count(*)::int as enterprises,
        coalesce(sum(units.major), 0)::int as major, coalesce(sum(units.significant), 0)::int as significant
      from enterprise_industries ei left join units on units.enterprise_id = ei.enterprise_id
      left join industries i on i.code = ei.industry_code
      where ei.enterprise_id in (${ids})
      group by ei.industry_code, i.name_zh, i.sort order by count(*) desc, i.sort, ei.industry_code`.execute(
      db,
    ),
    sql<{ major: number; significant: number; outOfControl: number }>`
      select coalesce(sum(major), 0)::int as major, coalesce(sum(significant), 0)::int as significant,
        coalesce(sum(out_of_control), 0)::int as "outOfControl"
      from (${unitCounts(ids)}) u`.execute(db),
    sql<{ openMajor: number; overdue: number }>`
      select count(*) filter (where h.grade = 'major')::int as "openMajor",
        count(*) filter (where h.deadline < ${today})::int as overdue
      from hazards h where h.enterprise_id in (${ids})
        and h.state in ('confirmed', 'rectifying', 'accepting')`.execute(db),
  ]);

  const byLevel = { major: 0, significant: 0, general: 0, low: 0, unassessed: 0 };
  const byTier = { key: 0, strict: 0, general: 0, routine: 0 };
  let total = 0;
  let plannedInspections = 0;
  for (const g of groups.rows) {
    total += g.n;
    byLevel[g.registerLevel ?? 'unassessed'] += g.n;
    const result = decideTier({
      registerLevel: g.registerLevel,
      isHighRisk: g.isHighRisk,
      facts: {
        openMajorHazards: g.hasOpenMajor ? 1 : 0,
        listedMajorHazard: g.listed,
        penaltiesWithinYear: g.penalised ? 1 : 0,
        illegalActivityWithinYear: g.illegal,
      },
      table,
    });
    byTier[result.tier] += g.n;
    plannedInspections += g.n * result.inspectionsPerYear;
  }
  const place = (p: Place) => ({
    key: p.key ?? '',
    name: p.name ?? p.key ?? '—',
    count: p.enterprises,
    major: p.major,
    significant: p.significant,
  });
  const u = units.rows[0] ?? { major: 0, significant: 0, outOfControl: 0 };
  const h = hazards.rows[0] ?? { openMajor: 0, overdue: 0 };
  return {
    asOf: now.toISOString(),
    enterprises: { total, byLevel, byTier, plannedInspections },
    risks: { major: u.major, significant: u.significant, outOfControlUnits: u.outOfControl },
    hazards: { openMajor: h.openMajor, overdue: h.overdue },
    byIndustry: industries.rows.map(place),
    byTownship: townships.rows.map(place),
  };
}

const idsOf = (db: Db, actor: Actor) => remitEnterprises(db, actor).select('e.id');

/** Per enterprise of the remit: its live major, significant and 失控 units (only those rows). */
function unitCounts(ids: ReturnType<typeof idsOf>) {
  return sql`select u.enterprise_id, count(*) filter (where u.current_level = 'major') as major,
      count(*) filter (where u.current_level = 'significant') as significant,
      count(*) filter (where u.out_of_control_reason is not null) as out_of_control
    from risk_units u
    where u.archived_at is null
      and (u.current_level in ('major', 'significant') or u.out_of_control_reason is not null)
      and u.enterprise_id in (${ids})
    group by u.enterprise_id`;
}
