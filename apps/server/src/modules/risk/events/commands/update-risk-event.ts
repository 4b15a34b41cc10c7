import { completeAccidentTypes, type RiskEventUpdate } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { notFound, validationFailed } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { beginUnitEdit } from '../../units/unit-edit.ts';
import {
  findEvent,
  findFactors,
  isStepOfUnit,
  replaceFactors,
  setAccidentTypes,
} from '../events.repository.ts';

/**
 * Corrects an event's identification. Its levels are left alone: they change only through a new
 * assessment, whose snapshot says why.
 */
export async function updateRiskEvent(
  ctx: CommandContext,
  enterpriseId: string,
  eventId: string,
  patch: RiskEventUpdate,
): Promise<void> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  const current = await findEvent(ctx.db, enterprise, eventId);
  if (!current) throw notFound('Risk event');
  await ctx.db.transaction().execute(async (trx) => {
    await beginUnitEdit(trx, ctx, enterprise, current.unitId);
    if (patch.stepId && !(await isStepOfUnit(trx, enterprise, current.unitId, patch.stepId))) {
      throw validationFailed('body.stepId', 'not a step of this unit');
    }
    // A changed edition re-derives the other one unless both were sent.
    const types =
      patch.accidentTypes1986 !== undefined || patch.accidentTypes2025 !== undefined
        ? completeAccidentTypes(patch.accidentTypes1986 ?? [], patch.accidentTypes2025 ?? [])
        : undefined;
    await trx
      .updateTable('riskEvents')
      .set({
        stepId: patch.stepId,
        name: patch.name,
        description: patch.description,
        state: patch.state,
        tense: patch.tense,
        consequences: patch.consequences,
        sort: patch.sort,
        updatedAt: new Date(),
      })
      .where('enterpriseId', '=', enterprise.id)
      .where('id', '=', eventId)
      .execute();
    if (types) await setAccidentTypes(trx, enterprise, eventId, types);
    const beforeFactors = patch.factors ? await findFactors(trx, enterprise, [eventId]) : undefined;
    if (patch.factors) await replaceFactors(trx, enterprise, eventId, patch.factors);
    const changed = (Object.keys(patch) as (keyof RiskEventUpdate)[]).filter((k) => k !== 'factors');
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.event-updated',
      entityType: 'riskEvent',
      entityId: eventId,
      before: {
        ...Object.fromEntries(changed.map((k) => [k, current[k]])),
        ...(beforeFactors ? { factors: beforeFactors.map((f) => ({ code: f.code, note: f.note })) } : {}),
      },
      after: { ...patch, ...types },
    });
  });
}
