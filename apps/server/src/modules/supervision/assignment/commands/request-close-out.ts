import { randomUUID } from 'node:crypto';
import type { RequestCloseOutBody, RiskLevel } from '@shuangkong/contracts';
import { forbidden } from '../../../../kernel/index.ts';
import { getWorkingDayCalendar, shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import { confirmOwnPassword } from '../../../identity/index.ts';
import type { CommandContext } from '../../supervision.database.ts';
import { recordSupervision } from '../../supervision-record.ts';
import { verifyDueOn } from '../assignment-deadlines.ts';
import { assignmentErrors } from '../assignment.errors.ts';
import { notifyRegulator } from '../assignment-notices.ts';
import { decideAssignment } from '../assignment.state.ts';
import { closeOutHash } from '../close-out-signature.ts';
import { lockAssignment } from './assign-risk.ts';

/**
 * 销号申请: once the register has the risk lowered to general or low (approved), the enterprise's
 * principal signs the request with a re-entered password; the assigning regulator has 10 working
 * days to verify it. Refused while the level in force is still significant or major.
 */
export async function requestCloseOut(
  ctx: CommandContext,
  enterpriseId: string,
  id: string,
  body: RequestCloseOutBody,
) {
  const calendar = await getWorkingDayCalendar(ctx.db);
  const today = shanghaiCivilDate();
  return ctx.db.transaction().execute(async (trx) => {
    const a = await lockAssignment(trx, enterpriseId, id);
    const unit = await trx
      .selectFrom('riskUnits')
      .select(['name', 'status', 'currentLevel', 'archivedAt'])
      .where('enterpriseId', '=', enterpriseId)
      .where('id', '=', a.unitId)
      .executeTakeFirstOrThrow();
    // The level in force: an approved unit's; a unit being reworked has not been lowered yet.
    const inForce: RiskLevel | null =
      unit.status === 'approved' && unit.archivedAt === null ? unit.currentLevel : a.currentLevel;
    const decision = decideAssignment(a.state, 'requestCloseOut', {
      currentLevel: inForce,
      actorIsAssigningRegulator: false,
      hasReason: false,
    });
    if (!decision.ok) throw assignmentErrors.refused(decision.code, a.state, 'requestCloseOut');
    if (!(ctx.actor.scope.kind === 'enterprise' && ctx.actor.enterpriseId === enterpriseId))
      throw forbidden('supervision.signCloseOut');
    if (!ctx.actor.permissions.has('supervision.signCloseOut')) throw forbidden('supervision.signCloseOut');
    if (!(await confirmOwnPassword(trx, ctx.actor.userId, body.password)))
      throw assignmentErrors.passwordMismatch();
    const closeOutId = randomUUID();
    const requestedAt = new Date();
    const level = inForce as 'general' | 'low';
    const content = {
      docNumber: a.docNumber,
      unitId: a.unitId,
      unitName: unit.name,
      gradedLevel: a.gradedLevel,
      levelAtRequest: level,
      statement: body.statement,
    };
    const contentSha256 = closeOutHash({
      closeOutId,
      assignmentId: id,
      signerId: ctx.actor.userId,
      signedAt: requestedAt.toISOString(),
      content,
    });
    const dueOn = verifyDueOn(calendar, today);
    const row = {
      enterpriseId,
      id: closeOutId,
      assignmentId: id,
      levelAtRequest: level,
      statement: body.statement,
      requestedBy: ctx.actor.userId,
      requestedByName: ctx.actor.name,
      requestedAt,
      signedContent: JSON.stringify(content),
      contentSha256,
      verifyDueOn: dueOn,
    };
    await trx.insertInto('supervisionCloseOuts').values(row).execute();
    await trx
      .updateTable('supervisionAssignments')
      .set({
        state: decision.to,
        currentLevel: level,
        verifyDueOn: dueOn,
        version: a.version + 1,
        updatedAt: requestedAt,
      })
      .where('enterpriseId', '=', enterpriseId)
      .where('id', '=', id)
      .execute();
    if (a.regulatorId)
      await notifyRegulator(trx, a.regulatorId, {
        kind: 'close-out-requested',
        title: `销号申请待核查：${unit.name}`,
        body: `交办函 ${a.docNumber ?? ''} 所交办风险已降为${level === 'general' ? '一般' : '低'}风险，请于${dueOn}前核查。`,
        link: `/supervision/assignments/${id}`,
        params: { docNumber: a.docNumber ?? '', unit: unit.name, dueOn },
      });
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.close-out-requested',
      entityType: 'riskAssignment',
      entityId: id,
      enterpriseId,
      before: { state: a.state },
      after: { state: decision.to, closeOutId, levelAtRequest: level, verifyDueOn: dueOn, contentSha256 },
      facts: { unitId: a.unitId, closeOutId, level },
    });
    return { id, state: decision.to, closeOutId };
  });
}
