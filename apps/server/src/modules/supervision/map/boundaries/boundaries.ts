import type { BoundarySet, JurisdictionBoundary } from '@shuangkong/contracts';
import { can, type Actor } from '../../../identity/index.ts';
import { forbidden } from '../../../../kernel/index.ts';
import { recordSupervision } from '../../supervision-record.ts';
import type { CommandContext, Db } from '../../supervision.database.ts';
import { validateBoundaries } from '../geojson/validate-boundaries.ts';
import { mapErrors } from '../map.errors.ts';
import { pathInRemit, pathWithin } from '../map-scope.ts';

type Root = { code: string; path: string };

/**
 * The jurisdiction whose boundaries the actor maintains: a regulator's own jurisdiction (with
 * supervision.configure), or any the platform names. Null when the actor maintains none.
 */
export async function boundaryRoot(db: Db, actor: Actor, requested?: string): Promise<Root | null> {
  if (!can(actor, 'supervision.configure')) return null;
  if (actor.scope.kind === 'platform') {
    if (!requested) return null;
    const j = await db
      .selectFrom('jurisdictions')
      .select(['code', 'path'])
      .where('code', '=', requested)
      .executeTakeFirst();
    return j ?? null;
  }
  if (actor.scope.kind !== 'regulator' || actor.regulatorId === null) return null;
  const own = await db
    .selectFrom('regulators as r')
    .innerJoin('jurisdictions as j', 'j.code', 'r.jurisdictionCode')
    .select(['j.code', 'j.path'])
    .where('r.id', '=', actor.regulatorId)
    .executeTakeFirst();
  if (!own) return null;
  if (requested && requested !== own.code) {
    // A regulator may name a place inside its own jurisdiction, never beside or above it.
    const j = await db
      .selectFrom('jurisdictions')
      .select(['code', 'path'])
      .where('code', '=', requested)
      .executeTakeFirst();
    if (!j || !pathWithin(j.path, own.path)) throw mapErrors.boundaryRootOutOfRemit();
    return j;
  }
  return own;
}

/** Boundaries of the places in the actor's remit, coarse to fine. */
export async function listBoundaries(db: Db, actor: Actor): Promise<JurisdictionBoundary[]> {
  const rows = await db
    .selectFrom('supervisionBoundaries as b')
    .innerJoin('jurisdictions as j', 'j.code', 'b.jurisdictionCode')
    .select(['b.jurisdictionCode as code', 'j.name', 'j.level', 'b.polygons', 'b.jurisdictionPath'])
    .where(pathInRemit(actor, 'b.jurisdictionPath'))
    .orderBy('b.jurisdictionPath')
    .execute();
  return rows.map((r) => ({ code: r.code, name: r.name, level: r.level, polygons: r.polygons }));
}

export async function getBoundarySet(db: Db, actor: Actor, requestedRoot?: string): Promise<BoundarySet> {
  const root = await boundaryRoot(db, actor, requestedRoot);
  const boundaries = await listBoundaries(db, actor);
  const latest = await db
    .selectFrom('supervisionBoundaries as b')
    .select(['b.uploadedAt', 'b.uploadedByName'])
    .where(pathInRemit(actor, 'b.jurisdictionPath'))
    .orderBy('b.uploadedAt', 'desc')
    .limit(1)
    .executeTakeFirst();
  return {
    rootCode: root?.code ?? null,
    boundaries,
    updatedAt: latest ? new Date(latest.uploadedAt).toISOString() : null,
    updatedByName: latest?.uploadedByName ?? null,
    mayUpload: root !== null || (actor.scope.kind === 'platform' && can(actor, 'supervision.configure')),
  };
}

/**
 * Replaces the boundaries of the root's subtree with an uploaded FeatureCollection: validated in
 * full first (field errors, nothing stored), then the old set deleted and the new one stored in one
 * transaction with its audit row.
 */
export async function replaceBoundaries(
  ctx: CommandContext,
  requestedRoot: string | undefined,
  upload: unknown,
): Promise<{ stored: number; replaced: number }> {
  if (!can(ctx.actor, 'supervision.configure')) throw forbidden('supervision.configure');
  const root = await boundaryRoot(ctx.db, ctx.actor, requestedRoot);
  if (root === null) {
    if (ctx.actor.scope.kind === 'platform') throw mapErrors.boundaryRootRequired();
    throw forbidden('supervision.configure');
  }
  const places = await ctx.db.selectFrom('jurisdictions').select(['code', 'path']).execute();
  const pathOf = new Map(places.map((p) => [p.code, p.path]));
  const result = validateBoundaries(upload, {
    exists: (code) => pathOf.has(code),
    inRemit: (code) => pathWithin(pathOf.get(code) ?? '', root.path),
  });
  if (!result.ok) throw mapErrors.boundaryInvalid(result.problems);
  return ctx.db.transaction().execute(async (trx) => {
    const old = await trx
      .selectFrom('supervisionBoundaries')
      .select(['jurisdictionCode', 'positionCount'])
      .where((eb) =>
        eb.or([eb('jurisdictionPath', '=', root.path), eb('jurisdictionPath', 'like', `${root.path}.%`)]),
      )
      .execute();
    await trx
      .deleteFrom('supervisionBoundaries')
      .where((eb) =>
        eb.or([eb('jurisdictionPath', '=', root.path), eb('jurisdictionPath', 'like', `${root.path}.%`)]),
      )
      .execute();
    const uploadedAt = new Date().toISOString();
    for (const b of result.boundaries)
      await trx
        .insertInto('supervisionBoundaries')
        .values({
          jurisdictionCode: b.code,
          jurisdictionPath: pathOf.get(b.code) ?? '',
          polygons: JSON.stringify(b.polygons),
          positionCount: b.positionCount,
          uploadedAt,
          uploadedBy: ctx.actor.userId,
          uploadedByName: ctx.actor.name,
        })
        .execute();
    const codes = result.boundaries.map((b) => b.code);
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.boundaries-replaced',
      entityType: 'jurisdictionBoundaries',
      entityId: root.code,
      enterpriseId: null,
      before: { boundaries: old.map((o) => ({ code: o.jurisdictionCode, positions: o.positionCount })) },
      after: {
        boundaries: result.boundaries.map((b) => ({ code: b.code, positions: b.positionCount })),
      },
      facts: { rootCode: root.code, codes, replaced: old.length },
    });
    return { stored: codes.length, replaced: old.length };
  });
}
