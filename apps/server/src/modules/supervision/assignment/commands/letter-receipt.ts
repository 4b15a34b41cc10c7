import { forbidden } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../supervision.database.ts';
import { recordSupervision } from '../../supervision-record.ts';
import { assignmentErrors } from '../assignment.errors.ts';
import { notifyRegulator } from '../assignment-notices.ts';
import { assignmentAbilities } from '../assignment.policy.ts';
import { decideAssignment } from '../assignment.state.ts';
import { lockAssignment } from './assign-risk.ts';

const noFacts = { currentLevel: null, actorIsAssigningRegulator: false, hasReason: false } as const;

/**
 * 已接收: the first time one of the enterprise's own staff opens the letter. Opening it again, or a
 * regulator reading it, changes nothing.
 */
export async function markReceived(ctx: CommandContext, enterpriseId: string, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const a = await lockAssignment(trx, enterpriseId, id);
    if (!decideAssignment(a.state, 'receive', noFacts).ok) return;
    const changes = {
      state: 'received' as const,
      receivedAt: new Date(),
      receivedBy: ctx.actor.userId,
      receivedByName: ctx.actor.name,
    };
    await trx
      .updateTable('supervisionAssignments')
      .set({ ...changes, version: a.version + 1, updatedAt: new Date() })
      .where('enterpriseId', '=', enterpriseId)
      .where('id', '=', id)
      .execute();
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.assignment-received',
      entityType: 'riskAssignment',
      entityId: id,
      enterpriseId,
      before: { state: a.state },
      after: changes,
      facts: { unitId: a.unitId },
    });
  });
}

/** 签收: an enterprise user with supervision.respond signs for the letter. */
export async function acknowledgeLetter(ctx: CommandContext, enterpriseId: string, id: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const a = await lockAssignment(trx, enterpriseId, id);
    const decision = decideAssignment(a.state, 'acknowledge', noFacts);
    if (!decision.ok) throw assignmentErrors.refused(decision.code, a.state, 'acknowledge');
    if (!assignmentAbilities(ctx.actor, a).acknowledge) throw forbidden('supervision.respond');
    const now = new Date();
    const changes = {
      state: decision.to,
      acknowledgedAt: now,
      acknowledgedBy: ctx.actor.userId,
      acknowledgedByName: ctx.actor.name,
      // Signing for a letter nobody had opened is opening it.
      ...(a.receivedAt === null
        ? { receivedAt: now, receivedBy: ctx.actor.userId, receivedByName: ctx.actor.name }
        : {}),
    };
    await trx
      .updateTable('supervisionAssignments')
      .set({ ...changes, version: a.version + 1, updatedAt: now })
      .where('enterpriseId', '=', enterpriseId)
      .where('id', '=', id)
      .execute();
    if (a.regulatorId)
      await notifyRegulator(trx, a.regulatorId, {
        kind: 'letter-acknowledged',
        title: `交办函 ${a.docNumber ?? ''} 已签收`,
        body: `${ctx.actor.name} 已签收交办函 ${a.docNumber ?? ''}。`,
        link: `/supervision/assignments/${id}`,
        params: { docNumber: a.docNumber ?? '' },
      });
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.assignment-acknowledged',
      entityType: 'riskAssignment',
      entityId: id,
      enterpriseId,
      before: { state: a.state },
      after: changes,
      facts: { unitId: a.unitId },
    });
    return { id, state: decision.to };
  });
}
