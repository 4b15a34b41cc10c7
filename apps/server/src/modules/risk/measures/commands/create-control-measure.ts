import { randomUUID } from 'node:crypto';
import type { ControlMeasureInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { findEvent } from '../../events/events.repository.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { assertResponsible } from '../../units/responsible-refs.ts';
import { beginUnitEdit, touchUnit } from '../../units/unit-edit.ts';

/** Adds a control measure (by hierarchy and classify1/2) or an emergency measure to an event. */
export async function createControlMeasure(
  ctx: CommandContext,
  enterpriseId: string,
  eventId: string,
  input: ControlMeasureInput,
): Promise<string> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  const event = await findEvent(ctx.db, enterprise, eventId);
  if (!event) throw notFound('Risk event');
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await beginUnitEdit(trx, ctx, enterprise, event.unitId);
    await assertResponsible(trx, enterprise, {
      unitId: input.responsibleUnitId,
      userId: input.responsibleUserId,
    });
    await trx
      .insertInto('riskControlMeasures')
      .values({
        enterpriseId,
        id,
        eventId,
        kind: input.kind,
        hierarchy: input.hierarchy ?? null,
        classify1: input.classify1 ?? null,
        classify2: input.classify2 ?? null,
        classify3: input.classify3 ?? null,
        content: input.content,
        troubleshootContent: input.troubleshootContent ?? '',
        failureSign: input.failureSign ?? '',
        dataSrc: input.dataSrc ?? 'investigation',
        responsibleUnitId: input.responsibleUnitId ?? null,
        responsibleUserId: input.responsibleUserId ?? null,
        sort: input.sort ?? 0,
      })
      .execute();
    await touchUnit(trx, enterprise, event.unitId);
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.measure-created',
      entityType: 'riskControlMeasure',
      entityId: id,
      after: { ...input, eventId },
    });
  });
  return id;
}
