import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { CheckStatus, SubmitInspectionRecordBody } from '@shuangkong/contracts';
import { submitInspectionRecordBody } from '@shuangkong/contracts';
import { forbidden, notFound, validationFailed } from '../../../../kernel/index.ts';
import type { CommandContext } from '../../inspection.database.ts';
import { inspectionErrors } from '../../inspection.errors.ts';
import { mayCheck, mayRead } from '../../inspection.policy.ts';
import { recordInspection } from '../../inspection-record.ts';
import { InspectionScope } from '../../inspection-scope.ts';
import { findTask, findTaskForUpdate } from '../tasks.repository.ts';
import { publishFindings } from './publish-findings.ts';

/**
 * Submits the record of a task: answers per item, the national check status derived from them
 * (any abnormal answer → hazard found), the task marked done, the audit row and the
 * 'inspection.check-recorded' event, and a finding per abnormal answer, all in one transaction. Only inside the task's window: a
 * check ticked before it opens or after it closed is what "closed on paper" looks like.
 */
export async function submitRecord(
  ctx: CommandContext,
  enterpriseId: string,
  taskId: string,
  input: SubmitInspectionRecordBody,
  now: Date = new Date(),
) {
  const body = submitInspectionRecordBody.parse(input);
  const scope = await InspectionScope.load(ctx.db, ctx.actor, enterpriseId);
  if (!mayRead(ctx.actor) || !scope.isOwn) {
    // A refusal names the permission only for a task that exists (the accepted path skips this read).
    if (!(await findTask(ctx.db, scope, taskId))) throw notFound('Inspection task');
    throw forbidden('inspection.check');
  }

  return ctx.db.transaction().execute(async (trx) => {
    // Locks the task: of two devices submitting at once, the second waits and then sees it done.
    const task = await findTaskForUpdate(trx, scope, taskId);
    if (!task) throw notFound('Inspection task');
    if (task.status !== 'pending') throw inspectionErrors.taskClosed();
    if (!mayCheck(ctx.actor, scope, task)) throw forbidden('inspection.check');
    if (now < task.startsAt) throw inspectionErrors.taskNotOpen();
    if (now >= task.endsAt) throw inspectionErrors.taskClosed();
    const itemIds = new Set(body.answers.map((a) => a.itemId));
    if (itemIds.size !== body.answers.length || itemIds.size !== 1 || !itemIds.has(task.itemId)) {
      throw inspectionErrors.answersMismatch();
    }
    const photos = [...new Set(body.answers.flatMap((a) => a.photoFileIds))];
    if (photos.length > 0) {
      const found = await trx
        .selectFrom('files')
        .select('id')
        .where('enterpriseId', '=', scope.id)
        .where('id', 'in', photos)
        .execute();
      // A photo must be this enterprise's upload: an id from elsewhere is bad input, not a link.
      if (found.length !== photos.length)
        throw validationFailed('body.answers.0.photoFileIds', 'unknown file');
    }
    const abnormal = body.answers.filter((a) => a.answer === 'abnormal').map((a) => a.itemId);
    const checkStatus: CheckStatus = abnormal.length > 0 ? 'hazardFound' : body.other ? 'other' : 'normal';
    const record = {
      enterpriseId: scope.id,
      id: randomUUID(),
      taskId: task.id,
      checkTime: now,
      checkStatus,
      isSteward: task.workType !== 'routine',
      byMobile: body.byMobile,
      scanned: body.scanned,
      checkedBy: ctx.actor.userId,
      checkedByName: ctx.actor.name,
      note: body.note,
    };
    // The record, its answers and the task's status in one statement: a shift change sends
    // hundreds of these at once, and each round trip is time under the task's lock.
    await sql`
      with record as (${trx.insertInto('inspectionRecords').values(record)}),
        answers as (${trx
          .insertInto('inspectionRecordAnswers')
          .values(body.answers.map((a) => ({ enterpriseId: scope.id, recordId: record.id, ...a })))})
      ${trx
        .updateTable('inspectionTasks')
        .set({ status: 'done' })
        .where('enterpriseId', '=', scope.id)
        .where('id', '=', task.id)}`.execute(trx);
    await recordInspection(trx, ctx.audit, {
      action: 'inspection.check-recorded',
      entityType: 'inspectionRecord',
      entityId: record.id,
      enterpriseId: scope.id,
      after: { ...record, answers: body.answers },
      facts: { taskId: task.id, unitId: task.unitId, checkStatus, abnormalItemIds: abnormal },
    });
    await publishFindings(trx, ctx.audit, {
      enterpriseId: scope.id,
      recordId: record.id,
      task,
      answers: body.answers,
      reportedByUserId: ctx.actor.userId,
      foundAt: now,
    });
    return {
      id: record.id,
      taskId: task.id,
      checkTime: now.toISOString(),
      checkStatus,
      isSteward: record.isSteward,
      byMobile: record.byMobile,
      scanned: record.scanned,
    };
  });
}
