import { randomUUID } from 'node:crypto';
import type {
  EnforcementPlanView,
  PlanFrequencies,
  SetPlanBody,
  EnforcementLevel,
} from '@shuangkong/contracts';
import { can } from '../../../identity/index.ts';
import { shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import type { CommandContext, Db } from '../../supervision.database.ts';
import { recordSupervision } from '../../supervision-record.ts';
import { regulatorOf } from '../enforcement-scope.ts';
import { loadTierTable } from '../../regional/tiers/tier-table.repository.ts';
import { remitEnterprises } from '../remit-enterprises.ts';

/**
 * The figures the plan form starts from (STANDARDS §8, Shanxi 2025 non-coal mines: A 1 / B 1 / C 2 /
 * D 4, i.e. 重大 4, 较大 2, 一般 1, 低 1). Until the year's plan is set, each enterprise's planned
 * inspections come from the regulator's 分级监管 tier table instead, which also tells high-risk
 * industries apart.
 */
export const DEFAULT_FREQUENCIES: PlanFrequencies = { major: 4, significant: 2, general: 1, low: 1 };
const tiers: EnforcementLevel[] = ['major', 'significant', 'general', 'low'];

export const currentYear = (now = new Date()) => Number(shanghaiCivilDate(now).slice(0, 4));

/** The regulator's plan for a year with its progress: planned by tier, done from recorded inspections. */
export async function getEnforcementPlan(ctx: CommandContext, year: number): Promise<EnforcementPlanView> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.read');
  const plan = await ctx.db
    .selectFrom('enforcementPlans')
    .selectAll()
    .where('regulatorId', '=', regulatorId)
    .where('year', '=', year)
    .executeTakeFirst();
  const frequencies: PlanFrequencies = plan
    ? {
        major: plan.frequencyMajor,
        significant: plan.frequencySignificant,
        general: plan.frequencyGeneral,
        low: plan.frequencyLow,
      }
    : DEFAULT_FREQUENCIES;
  const { rows: tierTable } = await loadTierTable(ctx.db, ctx.actor);
  const enterprises = await remitEnterprises(ctx.db, ctx.actor, undefined, tierTable);
  const done = await doneThisYear(ctx.db, regulatorId, year);
  const rows = enterprises.map((e) => ({
    enterpriseId: e.id,
    enterpriseName: e.name,
    tier: e.tier,
    isKey: e.isKey,
    planned: plan ? frequencies[e.tier] : e.inspectionsPerYear,
    done: done.get(e.id)?.all ?? 0,
  }));
  const byTier = tiers.map((tier) => {
    const of = rows.filter((r) => r.tier === tier);
    return {
      tier,
      enterprises: of.length,
      planned: of.reduce((s, r) => s + r.planned, 0),
      done: of.reduce((s, r) => s + Math.min(r.done, r.planned), 0),
    };
  });
  return {
    year,
    isDefault: !plan,
    frequencies,
    randomSharePercent: plan?.randomSharePercent ?? 70,
    note: plan?.note ?? null,
    totals: {
      planned: byTier.reduce((s, t) => s + t.planned, 0),
      done: byTier.reduce((s, t) => s + t.done, 0),
      randomDone: [...done.values()].reduce((s, d) => s + d.random, 0),
    },
    byTier,
    tierTable,
    enterprises: rows,
    canConfigure: can(ctx.actor, 'supervision.configure'),
  };
}

/** Recorded inspections of the regulator in the year, per enterprise (all and 双随机). */
async function doneThisYear(db: Db, regulatorId: string, year: number) {
  const rows = await db
    .selectFrom('enforcementInspections')
    .select(['enterpriseId', 'kind'])
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('regulatorId', '=', regulatorId)
    .where('state', '=', 'recorded')
    .where('inspectedOn', '>=', `${year}-01-01`)
    .where('inspectedOn', '<=', `${year}-12-31`)
    .groupBy(['enterpriseId', 'kind'])
    .execute();
  const done = new Map<string, { all: number; random: number }>();
  for (const r of rows) {
    const cur = done.get(r.enterpriseId) ?? { all: 0, random: 0 };
    cur.all += Number(r.n);
    if (r.kind === 'random') cur.random += Number(r.n);
    done.set(r.enterpriseId, cur);
  }
  return done;
}

/** Sets the year's planned frequencies by tier (supervision.configure: the regulator's admin). */
export async function setEnforcementPlan(ctx: CommandContext, body: SetPlanBody): Promise<void> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.configure');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('enforcementPlans')
      .selectAll()
      .where('regulatorId', '=', regulatorId)
      .where('year', '=', body.year)
      .forUpdate()
      .executeTakeFirst();
    const values = {
      frequencyMajor: body.frequencies.major,
      frequencySignificant: body.frequencies.significant,
      frequencyGeneral: body.frequencies.general,
      frequencyLow: body.frequencies.low,
      randomSharePercent: body.randomSharePercent,
      note: body.note,
      updatedBy: ctx.actor.userId,
      updatedAt: new Date(),
    };
    const id = before?.id ?? randomUUID();
    if (before) await trx.updateTable('enforcementPlans').set(values).where('id', '=', id).execute();
    else
      await trx
        .insertInto('enforcementPlans')
        .values({ id, regulatorId, year: body.year, ...values })
        .execute();
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.enforcement-plan-set',
      entityType: 'enforcementPlan',
      entityId: id,
      enterpriseId: null,
      before: before ?? null,
      after: { regulatorId, year: body.year, ...values },
      facts: { year: body.year },
    });
  });
}
