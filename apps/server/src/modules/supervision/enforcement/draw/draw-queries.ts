import type { DrawDetail, DrawSummary, DrawVerification, VerifyDrawBody } from '@shuangkong/contracts';
import { notFound } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../supervision.database.ts';
import { enforcementErrors } from '../enforcement.errors.ts';
import { regulatorOf } from '../enforcement-scope.ts';
import { runDraw } from './random-draw.ts';

function summaryQuery(ctx: CommandContext, regulatorId: string) {
  return ctx.db
    .selectFrom('randomDraws as d')
    .innerJoin('inspectionPools as p', 'p.id', 'd.poolId')
    .leftJoin('users as u', 'u.id', 'd.drawnBy')
    .select([
      'd.id',
      'd.poolId',
      'p.name as poolName',
      'd.title',
      'd.seed',
      'd.algorithm',
      'd.resultDigest',
      'd.drawnAt',
      'u.name as drawnByName',
      'd.input',
      'd.result',
    ])
    .where('d.regulatorId', '=', regulatorId);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;
const present = (d: SummaryRow): DrawSummary => ({
  id: d.id,
  poolId: d.poolId,
  poolName: d.poolName,
  title: d.title,
  seed: d.seed,
  algorithm: d.algorithm,
  count: d.result.length,
  resultDigest: d.resultDigest,
  drawnAt: d.drawnAt.toISOString(),
  drawnByName: d.drawnByName,
});

/** The regulator's draws, newest first. */
export async function listDraws(ctx: CommandContext): Promise<DrawSummary[]> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.read');
  const rows = await summaryQuery(ctx, regulatorId).orderBy('d.drawnAt', 'desc').limit(200).execute();
  return rows.map(present);
}

/** One draw as published: its seed, its input in canonical order, the exclusions and the picks. */
export async function drawDetail(ctx: CommandContext, id: string): Promise<DrawDetail> {
  const { regulatorId } = regulatorOf(ctx.actor, 'supervision.read');
  const d = await summaryQuery(ctx, regulatorId).where('d.id', '=', id).executeTakeFirst();
  if (!d) throw notFound('Random draw');
  const inspections = await ctx.db
    .selectFrom('enforcementInspections')
    .select(['id', 'enterpriseId', 'state'])
    .where('drawId', '=', id)
    .execute();
  const byEnterprise = new Map(inspections.map((i) => [i.enterpriseId, i]));
  const { excludeMonths, excluded, ...input } = d.input;
  const names = new Map(
    [...input.enterprises, ...input.inspectors, ...input.experts].map((p) => [p.id, p.name]),
  );
  return {
    ...present(d),
    input,
    excluded,
    excludeMonths,
    picks: d.result.map((p) => ({
      ...p,
      enterpriseName: names.get(p.enterpriseId) ?? '',
      inspectorNames: p.inspectorIds.map((x) => names.get(x) ?? ''),
      expertName: p.expertId ? (names.get(p.expertId) ?? '') : null,
      inspectionId: byEnterprise.get(p.enterpriseId)?.id ?? null,
      inspectionState: byEnterprise.get(p.enterpriseId)?.state ?? null,
    })),
  };
}

/** Recomputes a stored draw from its published input and compares it with the stored result. */
export async function verifyStoredDraw(ctx: CommandContext, id: string): Promise<DrawVerification> {
  const d = await drawDetail(ctx, id);
  return verifyDraw({ input: d.input, expectedDigest: d.resultDigest });
}

/**
 * Recomputes a draw from any input (a published one, or one with another seed) and, given a
 * published digest, says whether they match. Pure: reads nothing, so it is safe for anyone.
 */
export function verifyDraw(body: VerifyDrawBody): DrawVerification {
  const out = runDraw(body.input);
  if (!out.ok) throw enforcementErrors.drawRefused(out.refusal);
  return {
    matches: body.expectedDigest === undefined ? null : body.expectedDigest === out.result.digest,
    result: out.result,
    publishedDigest: body.expectedDigest ?? null,
  };
}
