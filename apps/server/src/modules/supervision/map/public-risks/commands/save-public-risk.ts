import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { publicRiskInput, publicRiskUpdate } from '@shuangkong/contracts';
import { forbidden, validationFailed } from '../../../../../kernel/index.ts';
import { can } from '../../../../identity/index.ts';
import { recordSupervision } from '../../../supervision-record.ts';
import type { CommandContext, Trx } from '../../../supervision.database.ts';
import { mapErrors } from '../../map.errors.ts';
import { assessPublicRisk } from '../assess-public-risk.ts';
import { checkPlaceAndOwner, checkWithinPlace, representativePoint } from '../public-risk-place.ts';
import { loadPublicRisk } from '../public-risk-scope.ts';

type Input = z.output<typeof publicRiskInput>;
type Update = z.output<typeof publicRiskUpdate>;

/** Rings of a drawn area must close, as GeoJSON requires. */
function checkGeometry(input: Input): void {
  if (input.geometry.type !== 'Polygon') return;
  input.geometry.coordinates.forEach((ring, i) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (!first || !last || first[0] !== last[0] || first[1] !== last[1])
      throw validationFailed(`body.geometry.coordinates[${i}]`, 'the ring must end where it starts');
  });
}

async function prepare(ctx: CommandContext, input: Input) {
  if (!can(ctx.actor, 'supervision.act')) throw forbidden('supervision.act');
  checkGeometry(input);
  const assessment = assessPublicRisk(input.assessment);
  const { jurisdictionPath } = await checkPlaceAndOwner(
    ctx.db,
    ctx.actor,
    input.jurisdictionCode,
    input.ownerRegulatorId,
  );
  await checkWithinPlace(ctx.db, input.jurisdictionCode, input.geometry);
  const point = representativePoint(input.geometry);
  return {
    name: input.name,
    category: input.category,
    description: input.description,
    jurisdictionCode: input.jurisdictionCode,
    jurisdictionPath,
    ownerRegulatorId: input.ownerRegulatorId,
    responsibleUnit: input.responsibleUnit,
    responsiblePerson: input.responsiblePerson,
    responsiblePhone: input.responsiblePhone,
    geometry: input.geometry,
    lng: point.lng,
    lat: point.lat,
    accidentTypes: [...new Set(input.accidentTypes)],
    assessmentInput: input.assessment,
    assessment,
    level: assessment.level,
    measures: input.measures,
  };
}

type Prepared = Awaited<ReturnType<typeof prepare>>;

const stored = (p: Prepared) => ({
  ...p,
  geometry: JSON.stringify(p.geometry),
  assessmentInput: JSON.stringify(p.assessmentInput),
  assessment: JSON.stringify(p.assessment),
});

async function appendHistory(
  trx: Trx,
  ctx: CommandContext,
  riskId: string,
  entry: { action: 'created' | 'updated' | 'retired'; level: Prepared['level'] | null; note: string | null },
) {
  const last = await trx
    .selectFrom('supervisionPublicRiskHistory')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('riskId', '=', riskId)
    .executeTakeFirst();
  await trx
    .insertInto('supervisionPublicRiskHistory')
    .values({
      riskId,
      seq: Number(last?.seq ?? 0) + 1,
      action: entry.action,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.name,
      level: entry.level,
      note: entry.note,
    })
    .execute();
}

/** Identifies a public-area risk (公共区域风险): assessed by the engine, owned, located, recorded. */
export async function createPublicRisk(ctx: CommandContext, input: Input): Promise<string> {
  const p = await prepare(ctx, input);
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('supervisionPublicRisks')
      .values({ id, ...stored(p), createdBy: ctx.actor.userId, createdByName: ctx.actor.name })
      .execute();
    await appendHistory(trx, ctx, id, { action: 'created', level: p.level, note: p.assessment.explanation });
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.public-risk-created',
      entityType: 'publicRisk',
      entityId: id,
      enterpriseId: null,
      after: p,
      facts: {
        riskId: id,
        jurisdictionCode: p.jurisdictionCode,
        ownerRegulatorId: p.ownerRegulatorId,
        level: p.level,
      },
    });
  });
  return id;
}

/** Edits a public-area risk the actor can see; the level follows the new assessment. */
export async function updatePublicRisk(ctx: CommandContext, id: string, input: Update): Promise<void> {
  const before = await loadPublicRisk(ctx.db, ctx.actor, id);
  if (!can(ctx.actor, 'supervision.act')) throw forbidden('supervision.act');
  if (before.status === 'retired') throw mapErrors.retired();
  if (before.version !== input.version) throw mapErrors.stale();
  const p = await prepare(ctx, input);
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('supervisionPublicRisks')
      .set({ ...stored(p), version: before.version + 1, updatedAt: new Date().toISOString() })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw mapErrors.stale();
    const note =
      before.level === p.level ? null : `${before.level} → ${p.level}：${p.assessment.explanation}`;
    await appendHistory(trx, ctx, id, { action: 'updated', level: p.level, note });
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.public-risk-updated',
      entityType: 'publicRisk',
      entityId: id,
      enterpriseId: null,
      before,
      after: p,
      facts: {
        riskId: id,
        jurisdictionCode: p.jurisdictionCode,
        ownerRegulatorId: p.ownerRegulatorId,
        level: p.level,
        previousLevel: before.level,
      },
    });
  });
}
