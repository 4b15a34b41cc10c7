import { randomUUID } from 'node:crypto';
import type {
  CreatePoolBody,
  PoolCandidates,
  PoolDetail,
  PoolFilters,
  PoolSummary,
} from '@shuangkong/contracts';
import { notFound } from '../../../../kernel/index.ts';
import { shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import type { Actor } from '../../../identity/index.ts';
import type { CommandContext, Db } from '../../supervision.database.ts';
import { recordSupervision } from '../../supervision-record.ts';
import { enforcementErrors } from '../enforcement.errors.ts';
import { regulatorOf } from '../enforcement-scope.ts';
import type { TieredEnterprise } from '../enforcement-tier.ts';
import { remitEnterprises } from '../remit-enterprises.ts';

const inIndustry = (codes: string[], wanted: string[]) =>
  wanted.length === 0 || codes.some((c) => wanted.some((w) => c === w || c.startsWith(`${w}.`)));

/** The enterprises in remit that match a pool's filters (industry, scale, tier level). */
export async function matchingEnterprises(db: Db, actor: Actor, f: PoolFilters): Promise<TieredEnterprise[]> {
  const all = await remitEnterprises(db, actor);
  return all.filter(
    (e) =>
      inIndustry(e.industryCodes, f.industryCodes) &&
      (f.scales.length === 0 || f.scales.includes(e.scale)) &&
      (f.levels.length === 0 || f.levels.includes(e.tier)),
  );
}

/** The regulator's own active inspectors (and its admins, who also inspect) and the expert library. */
async function people(db: Db, regulatorId: string) {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('userRoles as r', 'r.userId', 'u.id')
    .select(['u.id', 'u.name', 'u.regulatorId', 'r.role'])
    .where('u.status', '=', 'active')
    .where((eb) =>
      eb.or([
        eb.and([eb('u.regulatorId', '=', regulatorId), eb('r.role', 'in', ['inspector', 'regulatorAdmin'])]),
        eb('r.role', '=', 'expert'),
      ]),
    )
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
  const seen = new Set<string>();
  const inspectors: PoolCandidates['inspectors'] = [];
  const experts: PoolCandidates['experts'] = [];
  for (const r of rows) {
    const key = `${r.role === 'expert' ? 'x' : 'i'}${r.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (r.role === 'expert') experts.push({ userId: r.id, name: r.name, isExpert: true });
    else inspectors.push({ userId: r.id, name: r.name, isExpert: false });
  }
  return { inspectors, experts };
}

/** What a pool with these filters would hold, for the pool form. */
export async function poolCandidates(ctx: CommandContext, filters: PoolFilters): Promise<PoolCandidates> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.read');
  const enterprises = await matchingEnterprises(ctx.db, ctx.actor, filters);
  return {
    enterprises: enterprises.map((e) => ({ enterpriseId: e.id, enterpriseName: e.name, tier: e.tier })),
    ...(await people(ctx.db, regulatorId)),
  };
}

/**
 * Builds a year's 双随机 pools: the enterprise pool (名录库) from the filters over the remit, computed
 * here, never taken from the client, and the inspector pool from the regulator's own inspectors and
 * the expert library. A draft until filed.
 */
export async function createPool(ctx: CommandContext, body: CreatePoolBody): Promise<{ id: string }> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.act');
  const enterprises = await matchingEnterprises(ctx.db, ctx.actor, body.filters);
  if (enterprises.length === 0) throw enforcementErrors.poolEmpty();
  const { inspectors, experts } = await people(ctx.db, regulatorId);
  const pick = (ids: string[], from: PoolCandidates['inspectors'], field: string) => {
    const byId = new Map(from.map((p) => [p.userId, p]));
    return [...new Set(ids)].map((id) => {
      const p = byId.get(id);
      if (!p) throw enforcementErrors.notInPool(field);
      return p;
    });
  };
  const chosen = [
    ...pick(body.inspectorIds, inspectors, 'body.inspectorIds'),
    ...pick(body.expertIds, experts, 'body.expertIds'),
  ];
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const row = {
      id,
      regulatorId,
      year: body.year,
      name: body.name,
      industryCodes: body.filters.industryCodes,
      scales: body.filters.scales,
      levels: body.filters.levels,
      createdBy: ctx.actor.userId,
    };
    await trx.insertInto('inspectionPools').values(row).execute();
    await trx
      .insertInto('inspectionPoolEnterprises')
      .values(
        enterprises.map((e) => ({ enterpriseId: e.id, poolId: id, enterpriseName: e.name, tier: e.tier })),
      )
      .execute();
    await trx
      .insertInto('inspectionPoolInspectors')
      .values(chosen.map((p) => ({ poolId: id, userId: p.userId, name: p.name, isExpert: p.isExpert })))
      .execute();
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.inspection-pool-created',
      entityType: 'inspectionPool',
      entityId: id,
      enterpriseId: null,
      after: { ...row, enterpriseIds: enterprises.map((e) => e.id), people: chosen.map((p) => p.userId) },
      facts: { year: body.year, enterpriseCount: enterprises.length },
    });
  });
  return { id };
}

async function ownPool(db: Db, regulatorId: string, id: string) {
  const pool = await db
    .selectFrom('inspectionPools')
    .selectAll()
    .where('id', '=', id)
    .where('regulatorId', '=', regulatorId)
    .executeTakeFirst();
  if (!pool) throw notFound('Inspection pool');
  return pool;
}

/** Whether filing on this day is late: 备案 is due by 31 January of the pool's year. */
export function isFilingLate(year: number, filedOn: string): boolean {
  return filedOn > `${year}-01-31`;
}

/** 备案: files the pools; from then on they are fixed and draws may be made from them. */
export async function filePool(
  ctx: CommandContext,
  id: string,
  now = new Date(),
): Promise<{ isFiledLate: boolean }> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.act');
  return ctx.db.transaction().execute(async (trx) => {
    const pool = await ownPool(trx, regulatorId, id);
    if (pool.state !== 'draft') throw enforcementErrors.poolFiled();
    const isFiledLate = isFilingLate(pool.year, shanghaiCivilDate(now));
    await trx
      .updateTable('inspectionPools')
      .set({ state: 'filed', filedAt: now, filedBy: ctx.actor.userId, isFiledLate, updatedAt: now })
      .where('id', '=', id)
      .execute();
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.inspection-pool-filed',
      entityType: 'inspectionPool',
      entityId: id,
      enterpriseId: null,
      before: { state: pool.state },
      after: { state: 'filed', filedAt: now.toISOString(), isFiledLate },
      facts: { year: pool.year, isFiledLate },
    });
    return { isFiledLate };
  });
}

/** The regulator's pools, newest year first, with their sizes and draws. */
export async function listPools(ctx: CommandContext): Promise<PoolSummary[]> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.read');
  const rows = await ctx.db
    .selectFrom('inspectionPools as p')
    .selectAll('p')
    .select((eb) => [
      eb
        .selectFrom('inspectionPoolEnterprises as pe')
        .select((s) => s.fn.countAll<string>().as('n'))
        .whereRef('pe.poolId', '=', 'p.id')
        .as('enterpriseCount'),
      eb
        .selectFrom('inspectionPoolInspectors as pi')
        .select((s) => s.fn.countAll<string>().as('n'))
        .whereRef('pi.poolId', '=', 'p.id')
        .where('pi.isExpert', '=', false)
        .as('inspectorCount'),
      eb
        .selectFrom('inspectionPoolInspectors as px')
        .select((s) => s.fn.countAll<string>().as('n'))
        .whereRef('px.poolId', '=', 'p.id')
        .where('px.isExpert', '=', true)
        .as('expertCount'),
      eb
        .selectFrom('randomDraws as d')
        .select((s) => s.fn.countAll<string>().as('n'))
        .whereRef('d.poolId', '=', 'p.id')
        .as('drawCount'),
    ])
    .where('p.regulatorId', '=', regulatorId)
    .orderBy('p.year', 'desc')
    .orderBy('p.createdAt', 'desc')
    .execute();
  return rows.map((p) => ({
    id: p.id,
    year: p.year,
    name: p.name,
    state: p.state,
    filedAt: p.filedAt?.toISOString() ?? null,
    isFiledLate: p.isFiledLate,
    enterpriseCount: Number(p.enterpriseCount ?? 0),
    inspectorCount: Number(p.inspectorCount ?? 0),
    expertCount: Number(p.expertCount ?? 0),
    drawCount: Number(p.drawCount ?? 0),
    createdAt: p.createdAt.toISOString(),
  }));
}

/** One pool with its enterprises and people (the regulator's own only: others get 404). */
export async function poolDetail(ctx: CommandContext, id: string): Promise<PoolDetail> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.read');
  const pool = await ownPool(ctx.db, regulatorId, id);
  const summary = (await listPools(ctx)).find((p) => p.id === id);
  const [enterprises, inspectors] = await Promise.all([
    ctx.db
      .selectFrom('inspectionPoolEnterprises')
      .select(['enterpriseId', 'enterpriseName', 'tier'])
      .where('poolId', '=', id)
      .orderBy('enterpriseName')
      .execute(),
    ctx.db
      .selectFrom('inspectionPoolInspectors')
      .select(['userId', 'name', 'isExpert'])
      .where('poolId', '=', id)
      .orderBy('isExpert')
      .orderBy('name')
      .execute(),
  ]);
  if (!summary) throw notFound('Inspection pool');
  const mayAct = ctx.actor.permissions.has('supervision.act');
  return {
    ...summary,
    filters: {
      industryCodes: pool.industryCodes,
      scales: pool.scales.filter((s): s is PoolFilters['scales'][number] =>
        ['large', 'medium', 'small', 'micro'].includes(s),
      ),
      levels: pool.levels.filter((l): l is PoolFilters['levels'][number] =>
        ['major', 'significant', 'general', 'low'].includes(l),
      ),
    },
    enterprises,
    inspectors,
    canFile: mayAct && pool.state === 'draft',
    canDraw: mayAct && pool.state === 'filed',
  };
}

export { ownPool };
