import type { ProgressReportFigures, ProgressReportState } from '@shuangkong/contracts';
import { sql } from 'kysely';
import { enterpriseVisibleTo, type Actor } from '../../identity/index.ts';
import { shanghaiCivilDate } from '../../../platform/calendar/index.ts';
import type { Db } from '../supervision.database.ts';
import { industriesOf, inIndustry, inPlace, likePattern } from '../regional/regional-scope.ts';
import { completionRate, monthBounds, type ProgressFacts } from './progress-milestones.ts';

/** An enterprise in the caller's view with what the groupings need. */
export type ProgressEnterprise = {
  id: string;
  name: string;
  status: 'pending' | 'approved' | 'rejected';
  reviewedAt: Date | null;
  createdAt: Date;
  jurisdictionPath: string;
  industryCodes: string[];
};

export type EnterpriseFilter = {
  jurisdictionCode?: string | undefined;
  industryCode?: string | undefined;
  q?: string | undefined;
  /** Only this enterprise (the detail page). */
  enterpriseId?: string | undefined;
};

/**
 * The enterprises the actor may see (identity's scope rule: a regulator's place subtree ×
 * industries, an enterprise itself), with the page's filters of place, industry and name.
 */
export async function visibleEnterprises(
  db: Db,
  actor: Actor,
  f: EnterpriseFilter,
): Promise<ProgressEnterprise[]> {
  let q = db
    .selectFrom('enterprises as e')
    .select(['e.id', 'e.name', 'e.status', 'e.reviewedAt', 'e.createdAt', 'e.jurisdictionPath'])
    .select((eb) => industriesOf(eb).as('industryCodes'))
    .where(enterpriseVisibleTo(actor));
  if (f.enterpriseId) q = q.where('e.id', '=', f.enterpriseId);
  if (f.jurisdictionCode) q = q.where(inPlace(f.jurisdictionCode));
  if (f.industryCode) q = q.where(inIndustry(f.industryCode));
  if (f.q) q = q.where('e.name', 'ilike', likePattern(f.q));
  const rows = await q.orderBy('e.name').orderBy('e.id').execute();
  return rows.map((r) => ({ ...r, industryCodes: r.industryCodes ?? [] }));
}

const day = (d: Date | string | null | undefined): string | null =>
  d === null || d === undefined ? null : shanghaiCivilDate(new Date(d));
const num = (v: unknown) => Number(v ?? 0);

/** Per-enterprise numbers of one query, keyed by enterprise id. */
async function byEnterprise<R extends { enterpriseId: string }>(
  db: Db,
  query: ReturnType<typeof sql<R>>,
): Promise<Map<string, R>> {
  const { rows } = await query.execute(db);
  return new Map(rows.map((r) => [r.enterpriseId, r]));
}

export type MonthFacts = {
  facts: ProgressFacts;
  figures: ProgressReportFigures;
  report: { id: string; state: ProgressReportState; submittedAt: Date } | null;
};

/**
 * What each enterprise's own data says for a month, in one round of grouped queries over all the
 * given enterprises (a county's thousands of enterprises cost the same eight queries as one):
 * the register and its publication, the site plan's zones, the post cards, the checklist, the
 * completion of the checks due in `completionMonth` (counted as inspection's indicators count:
 * done over done + missed, a pending task past its window being missed), hazards found and closed
 * in the month, and the month's report.
 */
export async function loadMonthFacts(
  db: Db,
  enterprises: readonly ProgressEnterprise[],
  month: string,
  completionMonth: string,
  now: Date,
): Promise<Map<string, MonthFacts>> {
  const ids = enterprises.map((e) => e.id);
  const result = new Map<string, MonthFacts>();
  if (ids.length === 0) return result;
  const inIds = sql`${ids}::uuid[]`;
  const done = monthBounds(completionMonth);
  const { from, to } = monthBounds(month);
  const monthStart = new Date(`${from}T00:00:00+08:00`);
  const monthEnd = new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000);

  const [units, register, maps, placed, cards, items, tasks, completion, hazards, reports] =
    await Promise.all([
      byEnterprise(
        db,
        sql<{
          enterpriseId: string;
          units: string;
          approved: string;
          major: string;
          significant: string;
          general: string;
          low: string;
        }>`select enterprise_id as "enterpriseId", count(*) as units,
          count(*) filter (where status = 'approved') as approved,
          count(*) filter (where current_level = 'major') as major,
          count(*) filter (where current_level = 'significant') as significant,
          count(*) filter (where current_level = 'general') as general,
          count(*) filter (where current_level = 'low') as low
        from risk_units where enterprise_id = any(${inIds}) and archived_at is null group by 1`,
      ),
      byEnterprise(
        db,
        sql<{
          enterpriseId: string;
          first: Date;
        }>`select enterprise_id as "enterpriseId", min(published_at) as first
        from risk_register_revisions where enterprise_id = any(${inIds}) group by 1`,
      ),
      byEnterprise(
        db,
        sql<{
          enterpriseId: string;
          first: Date;
        }>`select p.enterprise_id as "enterpriseId", min(p.created_at) as first
        from risk_site_plans p
        where p.enterprise_id = any(${inIds})
          and exists (select 1 from risk_unit_placements z where z.enterprise_id = p.enterprise_id and z.plan_id = p.id)
        group by 1`,
      ),
      byEnterprise(
        db,
        sql<{
          enterpriseId: string;
          n: string;
        }>`select z.enterprise_id as "enterpriseId", count(distinct z.unit_id) as n
        from risk_unit_placements z
        join risk_units u on u.enterprise_id = z.enterprise_id and u.id = z.unit_id and u.archived_at is null
        where z.enterprise_id = any(${inIds}) group by 1`,
      ),
      // A post needs a card once it holds a live risk unit; its card counts from its first print.
      byEnterprise(
        db,
        sql<{ enterpriseId: string; posts: string; carded: string; last: Date | null }>`
        with posts as (
          select distinct up.enterprise_id, up.post_id from risk_unit_posts up
          join risk_units u on u.enterprise_id = up.enterprise_id and u.id = up.unit_id and u.archived_at is null
          where up.enterprise_id = any(${inIds})),
        prints as (
          select enterprise_id, post_id, min(printed_at) as first from risk_card_prints
          where enterprise_id = any(${inIds}) and kind = 'post' group by 1, 2)
        select p.enterprise_id as "enterpriseId", count(*) as posts, count(c.first) as carded, max(c.first) as last
        from posts p left join prints c on c.enterprise_id = p.enterprise_id and c.post_id = p.post_id
        group by 1`,
      ),
      byEnterprise(
        db,
        sql<{ enterpriseId: string; n: string }>`select enterprise_id as "enterpriseId", count(*) as n
        from inspection_items where enterprise_id = any(${inIds}) and retired_at is null group by 1`,
      ),
      byEnterprise(
        db,
        sql<{
          enterpriseId: string;
          first: string;
        }>`select enterprise_id as "enterpriseId", min(period_start)::text as first
        from inspection_tasks where enterprise_id = any(${inIds}) group by 1`,
      ),
      byEnterprise(
        db,
        sql<{ enterpriseId: string; done: string; missed: string }>`select enterprise_id as "enterpriseId",
          count(*) filter (where status = 'done') as done,
          count(*) filter (where status = 'notChecked' or (status = 'pending' and ends_at <= ${now})) as missed
        from inspection_tasks
        where enterprise_id = any(${inIds}) and due_date between ${done.from} and ${done.to}
        group by 1`,
      ),
      byEnterprise(
        db,
        sql<{ enterpriseId: string; found: string; closed: string }>`select enterprise_id as "enterpriseId",
          count(*) filter (where registered_at >= ${monthStart} and registered_at < ${monthEnd}
            and state not in ('rejected', 'voided', 'merged')) as found,
          count(*) filter (where state = 'closed' and accepted_at >= ${monthStart} and accepted_at < ${monthEnd}) as closed
        from hazards where enterprise_id = any(${inIds}) group by 1`,
      ),
      byEnterprise(
        db,
        sql<{
          enterpriseId: string;
          id: string;
          state: ProgressReportState;
          submittedAt: Date;
        }>`select enterprise_id as "enterpriseId", id, state, submitted_at as "submittedAt"
        from supervision_progress_reports where enterprise_id = any(${inIds}) and month = ${month}`,
      ),
    ]);

  for (const e of enterprises) {
    const u = units.get(e.id);
    const c = cards.get(e.id);
    const k = completion.get(e.id);
    const h = hazards.get(e.id);
    const r = reports.get(e.id);
    const due = num(k?.done) + num(k?.missed);
    const facts: ProgressFacts = {
      status: e.status,
      // Enterprises approved before approvals were dated (or loaded by migration) count from their creation.
      approvedOn: e.status === 'approved' ? day(e.reviewedAt ?? e.createdAt) : null,
      registerPublishedOn: day(register.get(e.id)?.first),
      units: num(u?.units),
      unitsApproved: num(u?.approved),
      mapOn: day(maps.get(e.id)?.first),
      unitsPlaced: num(placed.get(e.id)?.n),
      posts: num(c?.posts),
      postsCarded: num(c?.carded),
      cardsOn: c && num(c.carded) >= num(c.posts) ? day(c.last) : null,
      items: num(items.get(e.id)?.n),
      firstTaskOn: tasks.get(e.id)?.first ?? null,
      due,
      done: num(k?.done),
      reportState: r?.state ?? null,
      reportOn: day(r?.submittedAt),
    };
    const figures: ProgressReportFigures = {
      riskUnits: facts.units,
      majorRisks: num(u?.major),
      significantRisks: num(u?.significant),
      generalRisks: num(u?.general),
      lowRisks: num(u?.low),
      registerApproved: facts.registerPublishedOn !== null,
      mapDrawn: facts.mapOn !== null && facts.unitsPlaced > 0,
      postsCarded: facts.postsCarded,
      posts: facts.posts,
      checklistItems: facts.items,
      tasksDue: due,
      tasksDone: facts.done,
      completionRate: completionRate(due, facts.done),
      hazardsFound: num(h?.found),
      hazardsClosed: num(h?.closed),
    };
    result.set(e.id, {
      facts,
      figures,
      report: r ? { id: r.id, state: r.state, submittedAt: new Date(r.submittedAt) } : null,
    });
  }
  return result;
}

export type RegulatorRemitRow = {
  id: string;
  name: string;
  kind: string;
  level: string;
  path: string;
  industryCode: string;
};

/** Every active regulator's remits with their places' paths (a small table: tens of rows a county). */
export async function loadRemits(db: Db): Promise<RegulatorRemitRow[]> {
  return db
    .selectFrom('regulators as r')
    .innerJoin('regulatorRemits as m', 'm.regulatorId', 'r.id')
    .innerJoin('jurisdictions as j', 'j.code', 'm.jurisdictionCode')
    .select(['r.id', 'r.name', 'r.kind', 'j.level', 'j.path', 'm.industryCode'])
    .where('r.isActive', '=', true)
    .orderBy('r.name')
    .execute();
}
