import type { ListingLevel, SupervisionFacts } from '@shuangkong/contracts';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../supervision.database.ts';

/**
 * The supervision facts that move an enterprise's register level (STANDARDS §1.2 LS-3), as SQL
 * expressions over `enterprises as e`, so the tier list, one enterprise's explanation and the
 * dashboard read them the same way and the dashboard can group by them.
 *
 * Where each fact comes from:
 * - openMajorHazards: open 重大事故隐患 in the enterprise's own hazard register (hazards, read
 *   through HazardReadTables; hazards_open_major_idx).
 * - listedMajorHazard: an unfinished 挂牌督办 of a major hazard — the listing part's
 *   supervision_hazard_listings, not yet delisted. The platform's listings are by the county
 *   government or a county department, so 'local'; 'provincial' is there for listings received
 *   from an upper platform.
 * - penaltiesWithinYear: administrative safety penalties decided within the last 12 months — the
 *   enforcement part's enforcement_penalties.
 * - illegalActivityWithinYear: illegal production, operation or construction found within the
 *   last 12 months — a penalty of kind closure (取缔关闭), the measure such a finding ends in.
 * The rule (tiers/tier-rule.ts) and the pages already handle all four.
 */
export const factColumns = {
  openMajorHazards: sql<number>`(select count(*)::int from hazards h where h.enterprise_id = e.id
    and h.grade = 'major' and h.state in ('confirmed', 'rectifying', 'accepting'))`,
  // Listings are made by the county government or a county department: both are below province.
  listedMajorHazard: sql<ListingLevel>`(case when exists (select 1 from supervision_hazard_listings l
    where l.enterprise_id = e.id and l.state <> 'delisted') then 'local' else 'none' end)`,
  penaltiesWithinYear: sql<number>`(select count(*)::int from enforcement_penalties p
    where p.enterprise_id = e.id and p.decided_at::date > current_date - interval '12 months')`,
  // Illegal production, operation or construction ends in closure (取缔关闭): the decision says so.
  illegalActivityWithinYear: sql<boolean>`exists (select 1 from enforcement_penalties p
    where p.enterprise_id = e.id and p.kind = 'closure'
      and p.decided_at::date > current_date - interval '12 months')`,
} satisfies Record<keyof SupervisionFacts, RawBuilder<unknown>>;

/** The facts as selected columns of a query over `enterprises as e`. */
export function selectFacts() {
  return [
    factColumns.openMajorHazards.as('openMajorHazards'),
    factColumns.listedMajorHazard.as('listedMajorHazard'),
    factColumns.penaltiesWithinYear.as('penaltiesWithinYear'),
    factColumns.illegalActivityWithinYear.as('illegalActivityWithinYear'),
  ] as const;
}

/** The facts of a row selected with selectFacts(). */
export function factsOf(row: {
  openMajorHazards: number | string;
  listedMajorHazard: ListingLevel;
  penaltiesWithinYear: number | string;
  illegalActivityWithinYear: boolean;
}): SupervisionFacts {
  return {
    openMajorHazards: Number(row.openMajorHazards),
    listedMajorHazard: row.listedMajorHazard,
    penaltiesWithinYear: Number(row.penaltiesWithinYear),
    illegalActivityWithinYear: row.illegalActivityWithinYear,
  };
}

/** One enterprise's facts (the explanation page). */
export async function loadSupervisionFacts(db: Db, enterpriseId: string): Promise<SupervisionFacts> {
  const row = await db
    .selectFrom('enterprises as e')
    .select(selectFacts())
    .where('e.id', '=', enterpriseId)
    .executeTakeFirstOrThrow();
  return factsOf(row);
}
