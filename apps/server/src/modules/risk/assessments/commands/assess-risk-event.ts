import { randomUUID } from 'node:crypto';
import type { AssessmentRequest } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { findEvent } from '../../events/events.repository.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { recomputeUnitLevels } from '../../units/recompute-unit-levels.ts';
import { beginUnitEdit } from '../../units/unit-edit.ts';
import { findSettings, insertAssessment } from '../assessments.repository.ts';
import { evaluateForRequest } from '../engine-call.ts';

/**
 * Assesses an event with the enterprise's chosen tables and stores the immutable snapshot
 * (method, inputs, score, band, table version, level, explanation). The event's inherent or
 * residual level points at it, and the unit's levels are recomputed from all its events.
 */
export async function assessRiskEvent(
  ctx: CommandContext,
  enterpriseId: string,
  eventId: string,
  request: AssessmentRequest,
): Promise<string> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  const event = await findEvent(ctx.db, enterprise, eventId);
  if (!event) throw notFound('Risk event');
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await beginUnitEdit(trx, ctx, enterprise, event.unitId);
    const result = evaluateForRequest(request, await findSettings(trx, enterprise));
    const now = new Date();
    await insertAssessment(trx, {
      enterpriseId,
      id,
      eventId,
      kind: request.kind,
      method: result.method,
      tableVersion: result.tableVersion,
      inputs: request.inputs,
      score: result.score,
      level: result.level,
      band: result.band,
      explanation: result.explanation,
      assessedBy: ctx.actor.userId,
      assessedAt: now,
    });
    await trx
      .updateTable('riskEvents')
      .set(
        request.kind === 'inherent'
          ? { inherentLevel: result.level, inherentAssessmentId: id, updatedAt: now }
          : { residualLevel: result.level, residualAssessmentId: id, updatedAt: now },
      )
      .where('enterpriseId', '=', enterprise.id)
      .where('id', '=', eventId)
      .execute();
    await trx
      .updateTable('riskUnits')
      .set({ lastAssessedAt: now, needsReassessment: false, reassessmentReason: null })
      .where('enterpriseId', '=', enterprise.id)
      .where('id', '=', event.unitId)
      .execute();
    await recomputeUnitLevels(trx, ctx.audit, enterprise, event.unitId, {
      cause: 'assessment',
      reason: `${event.name}（${request.kind === 'inherent' ? '固有' : '剩余'}风险）：${result.explanation}`,
    });
    await recordRisk(trx, ctx.audit, {
      enterpriseId,
      action: 'risk.event-assessed',
      entityType: 'riskEvent',
      entityId: eventId,
      before: { level: request.kind === 'inherent' ? event.inherentLevel : event.residualLevel },
      after: { assessmentId: id, kind: request.kind, ...result },
    });
  });
  return id;
}
