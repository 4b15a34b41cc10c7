import type { ListingLevel, SupervisionDashboard } from '@shuangkong/contracts';
import { sql } from 'kysely';
import { shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import { withoutJit } from '../../../../platform/db/without-jit.ts';
import type { Actor } from '../../../identity/index.ts';
import type { Db } from '../../supervision.database.ts';
import { placesCte, remitEnterprises } from '../regional-scope.ts';
import {
  gradingColumns,
  gradingCtes,
  gradingJoins,
  registerLevelOfRank,
} from '../queries/supervision-facts.ts';
import { decideTier } from '../tiers/tier-rule.ts';
import { loadTierTable } from '../tiers/tier-table.repository.ts';

/** One line of the grouped statement; the grouping columns are null on the other kinds' lines. */
type Row = {
  kind: 'group' | 'township' | 'industry';
  rank: number | null;
  isHighRisk: boolean | null;
  hasOpenMajor: boolean | null;
  listed: boolean | null;
  penalised: boolean | null;
  illegal: boolean | null;
  key: string | null;
  name: string | null;
  n: number;
  major: number;
  significant: number;
  outOfControl: number;
  sort: number | null;
};

/**
 * The regulator's home figures for today, all inside its remit, in two statements:
 * 1. one pass that builds a row per enterprise of the remit — its register level (the highest
 *    current level of its live units, raised by its major sources: risk's enterpriseLevel() rule),
 *    its major, significant and 失控 units, and the supervision facts — from set-wise aggregates
 *    joined by hash, never a probe per enterprise; then groups those rows three ways: by everything
 *    the tier rule reads (a handful of groups, each run through decideTier, so the rule stays one
 *    function), by township and by industry;
 * 2. open major and overdue hazards.
 * Inspection records are not read: a missed check marks its unit out of control (risk's
 * out_of_control_reason), which is what the regulator needs to see.
 */
export async function getDashboard(db: Db, actor: Actor, now = new Date()): Promise<SupervisionDashboard> {
  const today = shanghaiCivilDate(now);
  const { rows: table } = await loadTierTable(db, actor);
  const remit = remitEnterprises(db, actor).select(['e.id', 'e.isHighRisk', 'e.jurisdictionPath']);
  const ids = remitEnterprises(db, actor).select('e.id');
  // One transaction (JIT off, see withoutJit), so the two statements run one after the other.
  const [rows, hazards] = await withoutJit(
    db,
    async (trx) =>
      [
        await sql<Row>`with ent as materialized (${remit}), ${gradingCtes}, ${placesCte},
      s as materialized (
        select ent.id, ent.is_high_risk, places.township_code as township, ${gradingColumns} from ent
        join places on places.jurisdiction_path = ent.jurisdiction_path ${gradingJoins})
      select 'group' as kind, register_rank as rank, is_high_risk as "isHighRisk",
        open_major_hazards > 0 as "hasOpenMajor", listed, penalties_within_year > 0 as penalised,
        illegal_activity_within_year as illegal, null as key, null as name, count(*)::int as n,
        sum(major_units)::int as major, sum(significant_units)::int as significant,
        sum(out_of_control_units)::int as "outOfControl", null::int as sort
      from s group by 2, 3, 4, 5, 6, 7
      union all
      select 'township', null, null, null, null, null, null, s.township, t.name, count(*)::int,
        sum(s.major_units)::int, sum(s.significant_units)::int, 0, t.sort
      from s left join jurisdictions t on t.code = s.township
      group by s.township, t.name, t.sort
      union all
      select 'industry', null, null, null, null, null, null, ei.industry_code, i.name_zh, count(*)::int,
        sum(s.major_units)::int, sum(s.significant_units)::int, 0, i.sort
      from s join enterprise_industries ei on ei.enterprise_id = s.id
      left join industries i on i.code = ei.industry_code
      group by ei.industry_code, i.name_zh, i.sort`.execute(trx),
        await sql<{ openMajor: number; overdue: number }>`
      select count(*) filter (where h.grade = 'major')::int as "openMajor",
        count(*) filter (where h.deadline < ${today})::int as overdue
      from hazards h where h.enterprise_id in (${ids})
        and h.state in ('confirmed', 'rectifying', 'accepting')`.execute(trx),
      ] as const,
  );

  const byLevel = { major: 0, significant: 0, general: 0, low: 0, unassessed: 0 };
  const byTier = { key: 0, strict: 0, general: 0, routine: 0 };
  const risks = { major: 0, significant: 0, outOfControlUnits: 0 };
  let total = 0;
  let plannedInspections = 0;
  const townships: Row[] = [];
  const industries: Row[] = [];
  for (const raw of rows.rows) {
    if (raw.kind === 'township') {
      townships.push(raw);
      continue;
    }
    if (raw.kind === 'industry') {
      industries.push(raw);
      continue;
    }
    const registerLevel = registerLevelOfRank(raw.rank);
    total += raw.n;
    byLevel[registerLevel ?? 'unassessed'] += raw.n;
    risks.major += raw.major;
    risks.significant += raw.significant;
    risks.outOfControlUnits += raw.outOfControl;
    const listed: ListingLevel = raw.listed ? 'local' : 'none';
    const result = decideTier({
      registerLevel,
      isHighRisk: raw.isHighRisk === true,
      facts: {
        openMajorHazards: raw.hasOpenMajor ? 1 : 0,
        listedMajorHazard: listed,
        penaltiesWithinYear: raw.penalised ? 1 : 0,
        illegalActivityWithinYear: raw.illegal === true,
      },
      table,
    });
    byTier[result.tier] += raw.n;
    plannedInspections += raw.n * result.inspectionsPerYear;
  }
  // Townships in the jurisdiction's own order (no township last); industries by how many enterprises.
  townships.sort(
    (a, b) =>
      (a.sort ?? Infinity) - (b.sort ?? Infinity) ||
      String(a.key ?? '\uffff').localeCompare(String(b.key ?? '\uffff')),
  );
  industries.sort(
    (a, b) =>
      b.n - a.n || (a.sort ?? Infinity) - (b.sort ?? Infinity) || String(a.key).localeCompare(String(b.key)),
  );
  const place = (p: Row) => ({
    key: p.key ?? '',
    name: p.name ?? p.key ?? '—',
    count: p.n,
    major: p.major,
    significant: p.significant,
  });
  const h = hazards.rows[0] ?? { openMajor: 0, overdue: 0 };
  return {
    asOf: now.toISOString(),
    enterprises: { total, byLevel, byTier, plannedInspections },
    risks,
    hazards: { openMajor: h.openMajor, overdue: h.overdue },
    byIndustry: industries.map(place),
    byTownship: townships.map(place),
  };
}
