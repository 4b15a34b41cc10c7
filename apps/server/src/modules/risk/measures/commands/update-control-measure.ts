import { measureIssue, type ControlMeasureUpdate } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { notFound, validationFailed } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { findEvent } from '../../events/events.repository.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { assertResponsible } from '../../units/responsible-refs.ts';
import { beginUnitEdit, touchUnit } from '../../units/unit-edit.ts';
import { findMeasure } from '../measures.repository.ts';

/** Corrects a measure; the classification rules are checked on the merged result. */
export async function updateControlMeasure(
  ctx: CommandContext,
  enterpriseId: string,
  measureId: string,
  patch: ControlMeasureUpdate,
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  const current = await findMeasure(ctx.db, enterprise, measureId);
  if (!current) throw notFound('Control measure');
  const event = await findEvent(ctx.db, enterprise, current.eventId);
  if (!event) throw notFound('Risk event');
  const merged = {
    kind: patch.kind ?? current.kind,
    hierarchy: patch.hierarchy === undefined ? current.hierarchy : patch.hierarchy,
    classify1: patch.classify1 === undefined ? current.classify1 : patch.classify1,
    classify2: patch.classify2 === undefined ? current.classify2 : patch.classify2,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await beginUnitEdit(trx, ctx, enterprise, event.unitId);
    const issue = measureIssue(merged);
    if (issue) throw validationFailed(`body.${issue.field}`, issue.message);
    await assertResponsible(trx, enterprise, {
      unitId: patch.responsibleUnitId,
      userId: patch.responsibleUserId,
    });
    await trx
      .updateTable('riskControlMeasures')
      .set({ ...patch, updatedAt: new Date() })
      .where('enterpriseId', '=', enterprise.id)
      .where('id', '=', measureId)
      .execute();
    await touchUnit(trx, enterprise, event.unitId);
    const changed = Object.keys(patch) as (keyof ControlMeasureUpdate)[];
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.measure-updated',
      entityType: 'riskControlMeasure',
      entityId: measureId,
      before: Object.fromEntries(changed.map((k) => [k, current[k]])),
      after: patch,
    });
  });
}
