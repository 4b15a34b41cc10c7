import { randomUUID } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { CheckStatus, SubmitInspectionRecordBody } from '@shuangkong/contracts';
import { submitInspectionRecordBody } from '@shuangkong/contracts';
import { forbidden, notFound, validationFailed } from '../../../../kernel/index.ts';
import type { CommandContext, Trx } from '../../inspection.database.ts';
import { inspectionErrors } from '../../inspection.errors.ts';
import { mayManage, mayRead, mayRecordChecks } from '../../inspection.policy.ts';
import { recordInspection } from '../../inspection-record.ts';
import { InspectionScope } from '../../inspection-scope.ts';
import type { InspectionTables } from '../../inspection.tables.ts';
import { findTask, findTaskForUpdate } from '../tasks.repository.ts';
import { publishFindings } from './publish-findings.ts';

/** A phone's clock may run a little ahead of the server's. */
const CLOCK_SKEW_MS = 5 * 60_000;
/** A queue older than this was not a dead zone on the plant floor: it is a record made up later. */
const MAX_QUEUE_AGE_MS = 72 * 3_600_000;

type RecordRow = Pick<
  Selectable<InspectionTables['inspectionRecords']>,
  | 'id'
  | 'taskId'
  | 'checkTime'
  | 'checkStatus'
  | 'isSteward'
  | 'byMobile'
  | 'scanned'
  | 'submittedAt'
  | 'duplicateOf'
  | 'correctsRecordId'
  | 'needsReview'
>;

export function presentRecord(r: RecordRow) {
  return {
    id: r.id,
    taskId: r.taskId,
    checkTime: new Date(r.checkTime).toISOString(),
    checkStatus: r.checkStatus,
    isSteward: r.isSteward,
    byMobile: r.byMobile,
    scanned: r.scanned,
    submittedAt: new Date(r.submittedAt).toISOString(),
    duplicateOf: r.duplicateOf,
    correctsRecordId: r.correctsRecordId,
    needsReview: r.needsReview,
  };
}

/**
 * Submits the record of a task: answers per item, the national check status derived from them
 * (any abnormal answer → hazard found), the task marked done, the audit row and the
 * 'inspection.check-recorded' event, and a finding per abnormal answer, all in one transaction.
 *
 * Only inside the task's window: a check ticked before it opens or after it closed is what
 * "closed on paper" looks like. A record queued on a phone without a network carries the time it
 * was made (`checkedAt`, at most three days back) and its device id (`clientRecordId`, so a resend
 * returns the first). A task already completed from another device keeps the second record too,
 * pointing at the first and flagged for review, never dropped. A correction is a new record of a
 * completed task pointing at the one it corrects, by the person who checked or a manager.
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
  const checkTime = body.checkedAt ? new Date(body.checkedAt) : now;
  if (checkTime.getTime() > now.getTime() + CLOCK_SKEW_MS)
    throw validationFailed('body.checkedAt', 'later than now: check the phone’s clock');
  if (now.getTime() - checkTime.getTime() > MAX_QUEUE_AGE_MS)
    throw validationFailed('body.checkedAt', 'more than three days ago');

  return ctx.db.transaction().execute(async (trx) => {
    // Locks the task: of two devices submitting at once, the second waits and then sees it done.
    const task = await findTaskForUpdate(trx, scope, taskId);
    if (!task) throw notFound('Inspection task');
    if (!mayRecordChecks(ctx.actor, scope)) throw forbidden('inspection.check');
    if (body.clientRecordId) {
      const sent = await trx
        .selectFrom('inspectionRecords')
        .selectAll()
        .where('enterpriseId', '=', scope.id)
        .where('clientRecordId', '=', body.clientRecordId)
        .executeTakeFirst();
      if (sent) {
        if (sent.taskId !== task.id)
          throw validationFailed('body.clientRecordId', 'already used for another task');
        return presentRecord(sent);
      }
    }

    let duplicateOf: string | null = null;
    let correctsRecordId: string | null = null;
    if (body.correctsRecordId) {
      const old = await trx
        .selectFrom('inspectionRecords')
        .select(['id', 'taskId', 'checkedBy'])
        .where('enterpriseId', '=', scope.id)
        .where('id', '=', body.correctsRecordId)
        .executeTakeFirst();
      if (!old || old.taskId !== task.id)
        throw validationFailed('body.correctsRecordId', 'not a record of this task');
      if (old.checkedBy !== ctx.actor.userId && !mayManage(ctx.actor, scope))
        throw forbidden('inspection.manage');
      correctsRecordId = old.id;
    } else {
      if (checkTime < task.startsAt) throw inspectionErrors.taskNotOpen();
      if (checkTime >= task.endsAt) throw inspectionErrors.taskClosed();
      if (task.status === 'done') duplicateOf = await firstRecordOf(trx, scope.id, task.id);
    }

    const itemIds = new Set(body.answers.map((a) => a.itemId));
    if (itemIds.size !== body.answers.length || itemIds.size !== 1 || !itemIds.has(task.itemId)) {
      throw inspectionErrors.answersMismatch();
    }
    // The enterprise's and the item's rules apply to first records; a correction is made later,
    // wherever the checker is, and says why.
    if (!correctsRecordId) {
      if (task.photoRequired && body.answers.some((a) => a.photoFileIds.length === 0))
        throw inspectionErrors.photoRequired();
      if (!body.scanned && task.requireScan) throw inspectionErrors.scanRequired();
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
      checkTime,
      checkStatus,
      isSteward: task.workType !== 'routine',
      byMobile: body.byMobile,
      scanned: body.scanned,
      checkedBy: ctx.actor.userId,
      checkedByName: ctx.actor.name,
      note: body.note,
      clientRecordId: body.clientRecordId ?? null,
      submittedAt: now,
      duplicateOf,
      correctsRecordId,
      needsReview: duplicateOf !== null,
    };
    // Only the first record completes the task (also one that missed its window while queued);
    // duplicates and corrections leave it as it is.
    const completes = duplicateOf === null && correctsRecordId === null && task.status !== 'done';
    // The record, its answers and the task's status in one statement: a shift change sends
    // hundreds of these at once, and each round trip is time under the task's lock.
    const answers = trx
      .insertInto('inspectionRecordAnswers')
      .values(body.answers.map((a) => ({ enterpriseId: scope.id, recordId: record.id, ...a })));
    const insertRecord = trx.insertInto('inspectionRecords').values(record);
    if (completes) {
      await sql`
        with record as (${insertRecord}), answers as (${answers})
        ${trx
          .updateTable('inspectionTasks')
          .set({ status: 'done' })
          .where('enterpriseId', '=', scope.id)
          .where('id', '=', task.id)}`.execute(trx);
    } else {
      await sql`with record as (${insertRecord}) ${answers}`.execute(trx);
    }
    const base = {
      entityType: 'inspectionRecord' as const,
      entityId: record.id,
      enterpriseId: scope.id,
      after: { ...record, answers: body.answers },
    };
    if (duplicateOf) {
      await recordInspection(trx, ctx.audit, {
        ...base,
        action: 'inspection.check-duplicated',
        facts: { taskId: task.id, unitId: task.unitId, firstRecordId: duplicateOf },
      });
    } else if (correctsRecordId) {
      await recordInspection(trx, ctx.audit, {
        ...base,
        action: 'inspection.record-corrected',
        facts: { taskId: task.id, unitId: task.unitId, correctsRecordId, checkStatus },
      });
    } else {
      await recordInspection(trx, ctx.audit, {
        ...base,
        action: 'inspection.check-recorded',
        facts: { taskId: task.id, unitId: task.unitId, checkStatus, abnormalItemIds: abnormal },
      });
    }
    // What was seen is never dropped: a duplicate's or a correction's abnormal answers are
    // findings too (the safety manager merges a hazard reported twice).
    await publishFindings(trx, ctx.audit, {
      enterpriseId: scope.id,
      recordId: record.id,
      task,
      answers: body.answers,
      reportedByUserId: ctx.actor.userId,
      foundAt: checkTime,
    });
    return presentRecord(record);
  });
}

/** The record that completed the task: its earliest one that is neither a duplicate nor a correction. */
async function firstRecordOf(trx: Trx, enterpriseId: string, taskId: string): Promise<string | null> {
  const first = await trx
    .selectFrom('inspectionRecords')
    .select('id')
    .where('enterpriseId', '=', enterpriseId)
    .where('taskId', '=', taskId)
    .where('duplicateOf', 'is', null)
    .where('correctsRecordId', 'is', null)
    .orderBy('checkTime')
    .executeTakeFirst();
  return first?.id ?? null;
}
