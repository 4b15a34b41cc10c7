import { randomBytes, randomUUID } from 'node:crypto';
import type { DrawInput, MakeDrawBody } from '@shuangkong/contracts';
import { shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import type { CommandContext, Trx } from '../../supervision.database.ts';
import { recordSupervision } from '../../supervision-record.ts';
import { enforcementErrors } from '../enforcement.errors.ts';
import { regulatorOf } from '../enforcement-scope.ts';
import type { StoredDrawInput } from '../enforcement.tables.ts';
import { planInspection } from '../inspections/plan-inspection.ts';
import { ownPool } from '../pools/inspection-pools.ts';
import { DRAW_ALGORITHM, runDraw } from './random-draw.ts';

/** The civil date `months` months before `date` (the day clamped to the month's end). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) throw new RangeError(date);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

type Excluded = StoredDrawInput['excluded'][number];

/**
 * Pool enterprises left out of this draw: inspected or penalised since the cut-off (none when the
 * cut-off is null, i.e. 0 months), or already scheduled by the regulator and not yet inspected.
 */
async function exclusions(trx: Trx, regulatorId: string, ids: string[], since: string | null) {
  if (ids.length === 0) return new Map<string, Omit<Excluded, 'enterpriseName'>>();
  const [inspected, penalised] = await Promise.all([
    trx
      .selectFrom('enforcementInspections')
      .select(['enterpriseId', 'state', 'inspectedOn', 'plannedOn', 'regulatorId'])
      .where('enterpriseId', 'in', ids)
      .where((eb) =>
        eb.or([
          eb.and([eb('state', '=', 'recorded'), eb('inspectedOn', '>=', since ?? '9999-12-31')]),
          eb.and([eb('state', '=', 'planned'), eb('regulatorId', '=', regulatorId)]),
        ]),
      )
      .execute(),
    trx
      .selectFrom('enforcementPenalties')
      .select(['enterpriseId', 'decidedAt'])
      .where('enterpriseId', 'in', ids)
      .where('decidedAt', '>=', since ?? '9999-12-31')
      .execute(),
  ]);
  const out = new Map<string, Omit<Excluded, 'enterpriseName'>>();
  for (const p of penalised)
    out.set(p.enterpriseId, { enterpriseId: p.enterpriseId, reason: 'penalised', on: p.decidedAt });
  for (const i of inspected) {
    if (out.has(i.enterpriseId)) continue;
    out.set(
      i.enterpriseId,
      i.state === 'recorded'
        ? { enterpriseId: i.enterpriseId, reason: 'inspected', on: i.inspectedOn ?? '' }
        : { enterpriseId: i.enterpriseId, reason: 'scheduled', on: i.plannedOn ?? '' },
    );
  }
  return out;
}

/**
 * 双随机: draws enterprises from a filed pool and two inspectors for each (plus an expert when
 * asked) with a seed that is published with the result. Everything the draw reads — the eligible
 * enterprises, the people, the conflicts and the last pairs — is stored as its input, so the
 * verification recomputes it exactly. Each pick becomes a planned enforcement inspection.
 */
export async function makeDraw(
  ctx: CommandContext,
  body: MakeDrawBody,
  now = new Date(),
): Promise<{ id: string }> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.act');
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const pool = await ownPool(trx, regulatorId, body.poolId);
    if (pool.state !== 'filed') throw enforcementErrors.poolNotFiled();
    const [members, people] = await Promise.all([
      trx
        .selectFrom('inspectionPoolEnterprises')
        .select(['enterpriseId', 'enterpriseName'])
        .where('poolId', '=', pool.id)
        .execute(),
      trx
        .selectFrom('inspectionPoolInspectors')
        .select(['userId', 'name', 'isExpert'])
        .where('poolId', '=', pool.id)
        .execute(),
    ]);
    const since = body.excludeMonths === 0 ? null : monthsBefore(shanghaiCivilDate(now), body.excludeMonths);
    const excludedById = await exclusions(
      trx,
      regulatorId,
      members.map((m) => m.enterpriseId),
      since,
    );
    const excluded: Excluded[] = members
      .filter((m) => excludedById.has(m.enterpriseId))
      .map((m) => ({
        ...(excludedById.get(m.enterpriseId) as Omit<Excluded, 'enterpriseName'>),
        enterpriseName: m.enterpriseName,
      }))
      .sort((a, b) => (a.enterpriseId < b.enterpriseId ? -1 : 1));
    const eligible = members.filter((m) => !excludedById.has(m.enterpriseId));
    const eligibleIds = eligible.map((m) => m.enterpriseId);
    const personIds = people.map((p) => p.userId);
    const [conflicts, previous] = await Promise.all([
      eligibleIds.length === 0 || personIds.length === 0
        ? []
        : trx
            .selectFrom('enforcementConflicts')
            .select(['enterpriseId', 'inspectorId'])
            .where('enterpriseId', 'in', eligibleIds)
            .where('inspectorId', 'in', personIds)
            .where('removedAt', 'is', null)
            .execute(),
      eligibleIds.length === 0
        ? []
        : trx
            .selectFrom('enforcementInspections')
            .select(['enterpriseId', 'inspectorIds'])
            .where('enterpriseId', 'in', eligibleIds)
            .where('regulatorId', '=', regulatorId)
            .where('state', '=', 'recorded')
            .orderBy('inspectedOn', 'desc')
            .orderBy('createdAt', 'desc')
            .execute(),
    ]);
    const lastPair = new Map<string, string[]>();
    for (const p of previous)
      if (!lastPair.has(p.enterpriseId) && p.inspectorIds.length >= 2)
        lastPair.set(p.enterpriseId, p.inspectorIds.slice(0, 2));
    const byId = <T extends { id: string }>(xs: T[]) =>
      xs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const input: DrawInput = {
      algorithm: DRAW_ALGORITHM,
      seed: body.seed ?? randomBytes(8).toString('hex'),
      count: body.count,
      withExpert: body.withExpert,
      enterprises: byId(eligible.map((m) => ({ id: m.enterpriseId, name: m.enterpriseName }))),
      inspectors: byId(people.filter((p) => !p.isExpert).map((p) => ({ id: p.userId, name: p.name }))),
      experts: byId(people.filter((p) => p.isExpert).map((p) => ({ id: p.userId, name: p.name }))),
      barred: conflicts
        .map((c) => ({ enterpriseId: c.enterpriseId, inspectorId: c.inspectorId }))
        .sort((a, b) =>
          `${a.enterpriseId}${a.inspectorId}`.localeCompare(`${b.enterpriseId}${b.inspectorId}`),
        ),
      previousPairs: [...lastPair]
        .map(([enterpriseId, ids]) => ({ enterpriseId, inspectorIds: ids }))
        .sort((a, b) => (a.enterpriseId < b.enterpriseId ? -1 : 1)),
    };
    const outcome = runDraw(input);
    if (!outcome.ok) throw enforcementErrors.drawRefused(outcome.refusal);
    const stored: StoredDrawInput = { ...input, excludeMonths: body.excludeMonths, excluded };
    await trx
      .insertInto('randomDraws')
      .values({
        id,
        poolId: pool.id,
        regulatorId,
        title: body.title,
        algorithm: DRAW_ALGORITHM,
        seed: input.seed,
        input: JSON.stringify(stored),
        result: JSON.stringify(outcome.result.picks),
        resultDigest: outcome.result.digest,
        drawnBy: ctx.actor.userId,
        drawnAt: now,
      })
      .execute();
    const names = new Map(
      [...input.inspectors, ...input.experts, ...input.enterprises].map((p) => [p.id, p.name]),
    );
    const person = (personId: string) => ({ id: personId, name: names.get(personId) ?? '' });
    for (const pick of outcome.result.picks)
      await planInspection(trx, ctx, {
        enterpriseId: pick.enterpriseId,
        regulatorId,
        kind: 'random',
        drawId: id,
        inspectors: pick.inspectorIds.map(person),
        experts: pick.expertId ? [person(pick.expertId)] : [],
        agencyName: null,
        plannedOn: null,
      });
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.random-draw-made',
      entityType: 'randomDraw',
      entityId: id,
      enterpriseId: null,
      after: {
        poolId: pool.id,
        title: body.title,
        seed: input.seed,
        picks: outcome.result.picks,
        digest: outcome.result.digest,
      },
      facts: { poolId: pool.id, seed: input.seed, digest: outcome.result.digest },
    });
  });
  return { id };
}
