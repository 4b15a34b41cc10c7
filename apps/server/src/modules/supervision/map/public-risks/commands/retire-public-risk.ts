import { forbidden } from '../../../../../kernel/index.ts';
import { can } from '../../../../identity/index.ts';
import { recordSupervision } from '../../../supervision-record.ts';
import type { CommandContext } from '../../../supervision.database.ts';
import { mapErrors } from '../../map.errors.ts';
import { loadPublicRisk } from '../public-risk-scope.ts';

/**
 * Retires a public-area risk (the area was rebuilt, the market moved): a tombstone with the reason,
 * kept with its history and off the map; never deleted.
 */
export async function retirePublicRisk(
  ctx: CommandContext,
  id: string,
  input: { reason: string; version: number },
): Promise<void> {
  const before = await loadPublicRisk(ctx.db, ctx.actor, id);
  if (!can(ctx.actor, 'supervision.act')) throw forbidden('supervision.act');
  if (before.status === 'retired') throw mapErrors.retired();
  if (before.version !== input.version) throw mapErrors.stale();
  await ctx.db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    const updated = await trx
      .updateTable('supervisionPublicRisks')
      .set({
        status: 'retired',
        retiredAt: now,
        retiredBy: ctx.actor.userId,
        retiredByName: ctx.actor.name,
        retireReason: input.reason,
        version: before.version + 1,
        updatedAt: now,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw mapErrors.stale();
    const last = await trx
      .selectFrom('supervisionPublicRiskHistory')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('riskId', '=', id)
      .executeTakeFirst();
    await trx
      .insertInto('supervisionPublicRiskHistory')
      .values({
        riskId: id,
        seq: Number(last?.seq ?? 0) + 1,
        action: 'retired',
        actorId: ctx.actor.userId,
        actorName: ctx.actor.name,
        level: before.level,
        note: input.reason,
      })
      .execute();
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.public-risk-retired',
      entityType: 'publicRisk',
      entityId: id,
      enterpriseId: null,
      before: { status: before.status, version: before.version },
      after: { status: 'retired', reason: input.reason, version: before.version + 1 },
      facts: { riskId: id, jurisdictionCode: before.jurisdictionCode, reason: input.reason },
    });
  });
}
