import type { VerifyCloseOutBody } from '@shuangkong/contracts';
import { forbidden } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../supervision.database.ts';
import { recordSupervision } from '../../supervision-record.ts';
import { assignmentErrors } from '../assignment.errors.ts';
import { notifyEnterprise } from '../assignment-notices.ts';
import { actsAsRegulator } from '../assignment.policy.ts';
import { assignmentInRemit } from '../assignment-scope.ts';
import { decideAssignment } from '../assignment.state.ts';
import { lockAssignment } from './assign-risk.ts';

/**
 * 销号核查: the assigning regulator approves (the risk leaves the active list, kept in history; a
 * major risk's close-out is published on the public portal) or returns the request with a reason.
 */
export async function verifyCloseOut(ctx: CommandContext, id: string, body: VerifyCloseOutBody) {
  const { enterpriseId } = await assignmentInRemit(ctx.db, ctx.actor, id);
  if (!actsAsRegulator(ctx.actor)) throw forbidden('supervision.act');
  return ctx.db.transaction().execute(async (trx) => {
    const a = await lockAssignment(trx, enterpriseId, id);
    const action = body.decision === 'approved' ? 'approveCloseOut' : 'returnCloseOut';
    const decision = decideAssignment(a.state, action, {
      currentLevel: a.currentLevel,
      actorIsAssigningRegulator: a.regulatorId !== null && a.regulatorId === ctx.actor.regulatorId,
      hasReason: (body.reason ?? '').length > 0,
    });
    if (!decision.ok) throw assignmentErrors.refused(decision.code, a.state, action);
    const open = await trx
      .selectFrom('supervisionCloseOuts')
      .select(['id'])
      .where('enterpriseId', '=', enterpriseId)
      .where('assignmentId', '=', id)
      .where('decision', 'is', null)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const now = new Date();
    const published = body.decision === 'approved' && a.gradedLevel === 'major';
    await trx
      .updateTable('supervisionCloseOuts')
      .set({
        decision: body.decision,
        decisionReason: body.reason ?? null,
        decidedBy: ctx.actor.userId,
        decidedByName: ctx.actor.name,
        decidedAt: now,
        published,
      })
      .where('enterpriseId', '=', enterpriseId)
      .where('id', '=', open.id)
      .execute();
    await trx
      .updateTable('supervisionAssignments')
      .set({
        state: decision.to,
        ...(body.decision === 'approved' ? { closedAt: now } : { verifyDueOn: null }),
        version: a.version + 1,
        updatedAt: now,
      })
      .where('enterpriseId', '=', enterpriseId)
      .where('id', '=', id)
      .execute();
    await notifyEnterprise(trx, enterpriseId, {
      kind: body.decision === 'approved' ? 'close-out-approved' : 'close-out-returned',
      title:
        body.decision === 'approved'
          ? `交办风险已销号 ${a.docNumber ?? ''}`
          : `销号申请被退回 ${a.docNumber ?? ''}`,
      body:
        body.decision === 'approved'
          ? '经核查，交办风险符合销号条件，已予销号。'
          : `退回理由：${body.reason ?? ''}`,
      link: `/supervision/letters/${id}`,
      params: { docNumber: a.docNumber ?? '', reason: body.reason ?? '' },
    });
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.close-out-verified',
      entityType: 'riskAssignment',
      entityId: id,
      enterpriseId,
      before: { state: a.state },
      after: { state: decision.to, decision: body.decision, reason: body.reason ?? null, published },
      facts: { unitId: a.unitId, closeOutId: open.id, decision: body.decision, published },
    });
    return { id, state: decision.to };
  });
}
