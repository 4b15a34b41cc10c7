import type { ListingLevel, RiskLevel, SupervisionFacts } from '@shuangkong/contracts';
import { sql } from 'kysely';

/**
 * What the tier rule reads about each enterprise, computed set-wise for a CTE named `ent` (the
 * enterprises being graded, with a unique `id` column; each source joins it rather than testing
 * `in (select id from ent)`, which would hash the remit's ids again for every source): every
 * source table is aggregated once and hash joined, so grading a county's twenty thousand
 * enterprises costs a few scans, not a probe per enterprise and fact. The tier list, one
 * enterprise's explanation, the map and the dashboard all read these same CTEs.
 *
 * - units: the register's live units — the highest current level as a rank (low 1 … major 4), and
 *   the major, significant and 失控 counts — from the counts the database keeps per register
 *   (risk_register_summaries, ADR 0022) rather than from the units themselves.
 * - sources: major hazard sources — rank 4 for a source graded 一级/二级, else 3 (risk's
 *   enterpriseLevel(): never below 较大 with a major source, nor below 重大 with a 一级/二级 one).
 * - open_major: open 重大事故隐患 in the enterprise's own hazard register (HazardReadTables).
 * - listed: an unfinished 挂牌督办 (the listing part's supervision_hazard_listings, not delisted).
 *   The platform's listings are by the county government or a county department, so 'local';
 *   'provincial' is there for listings received from an upper platform.
 * - penalised: administrative safety penalties decided within the last 12 months (the enforcement
 *   part's enforcement_penalties); illegal production, operation or construction ends in closure
 *   (取缔关闭), so a closure decision within the year is that fact.
 */
export const gradingCtes = sql`units as (
    select r.enterprise_id,
      case when r.major_units > 0 then 4 when r.significant_units > 0 then 3
        when r.general_units > 0 then 2 when r.low_units > 0 then 1 end as rank,
      r.major_units as major, r.significant_units as significant, r.out_of_control_units as out_of_control
    from risk_register_summaries r),
  sources as (
    select o.enterprise_id, max(case when o.major_source_grade in (1, 2) then 4 else 3 end) as rank
    from risk_objects o join ent on ent.id = o.enterprise_id
    where o.archived_at is null and o.is_major_source
    group by o.enterprise_id),
  open_major as (
    select h.enterprise_id, count(*) as n from hazards h join ent on ent.id = h.enterprise_id
    where h.grade = 'major' and h.state in ('confirmed', 'rectifying', 'accepting')
    group by h.enterprise_id),
  listed as (
    select distinct l.enterprise_id from supervision_hazard_listings l join ent on ent.id = l.enterprise_id
    where l.state <> 'delisted'),
  penalised as (
    select p.enterprise_id, count(*) as n, bool_or(p.kind = 'closure') as illegal
    from enforcement_penalties p join ent on ent.id = p.enterprise_id
    where p.decided_at::date > current_date - interval '12 months'
    group by p.enterprise_id)`;

/** The joins of gradingCtes onto `ent`. */
export const gradingJoins = sql`left join units on units.enterprise_id = ent.id
  left join sources on sources.enterprise_id = ent.id
  left join open_major on open_major.enterprise_id = ent.id
  left join listed on listed.enterprise_id = ent.id
  left join penalised on penalised.enterprise_id = ent.id`;

/** The graded columns, as named in GradedRow (snake case; the query's result is camel-cased). */
export const gradingColumns = sql`greatest(units.rank, sources.rank) as register_rank,
  coalesce(units.major, 0)::int as major_units, coalesce(units.significant, 0)::int as significant_units,
  coalesce(units.out_of_control, 0)::int as out_of_control_units,
  coalesce(open_major.n, 0)::int as open_major_hazards, listed.enterprise_id is not null as listed,
  coalesce(penalised.n, 0)::int as penalties_within_year,
  coalesce(penalised.illegal, false) as illegal_activity_within_year`;

export type GradedRow = {
  registerRank: number | null;
  majorUnits: number;
  significantUnits: number;
  outOfControlUnits: number;
  openMajorHazards: number;
  listed: boolean;
  penaltiesWithinYear: number;
  illegalActivityWithinYear: boolean;
};

const levelOfRank: readonly (RiskLevel | null)[] = [null, 'low', 'general', 'significant', 'major'];

/** The register level of a rank (null: nothing assessed and no major source). */
export const registerLevelOfRank = (rank: number | null): RiskLevel | null => levelOfRank[rank ?? 0] ?? null;

export function factsOf(
  row: Pick<GradedRow, 'openMajorHazards' | 'listed' | 'penaltiesWithinYear' | 'illegalActivityWithinYear'>,
): SupervisionFacts {
  const listed: ListingLevel = row.listed ? 'local' : 'none';
  return {
    openMajorHazards: Number(row.openMajorHazards),
    listedMajorHazard: listed,
    penaltiesWithinYear: Number(row.penaltiesWithinYear),
    illegalActivityWithinYear: row.illegalActivityWithinYear,
  };
}
