import { randomUUID } from 'node:crypto';
import type { CheckAnswer, CheckStatus } from '@shuangkong/contracts';
import { tablesOf, type WithTables } from '../../../../kernel/index.ts';
import type { AuditContext } from '../../../../kernel/index.ts';
import type { DB } from '../../inspection.database.ts';
import { recordInspection } from '../../inspection-record.ts';
import { publishFindings } from './publish-findings.ts';

/** One check as it happened in the past: who, when, and the one item's answer. */
export type PastCheck = {
  taskId: string;
  checkedAt: Date;
  checkedBy: { id: string; name: string };
  answer: CheckAnswer;
  note?: string;
  byMobile: boolean;
};

/**
 * DEMO SEED ONLY — never call from a route. Writes the records of checks made in the past, which
 * submitRecord refuses (its window rule compares with the real clock): the same rows, the same
 * derived check status and the same 'inspection.check-recorded' event per record, but at the
 * given time, and also after the window closed (a late check, counted as not on time). Tasks that
 * are not pending are skipped, so a re-run adds nothing. Returns how many it recorded.
 */
export async function recordPastChecksForDemo(
  dbHandle: WithTables<DB>,
  audit: AuditContext,
  enterpriseId: string,
  checks: readonly PastCheck[],
): Promise<number> {
  const db = tablesOf<DB>(dbHandle);
  return db.transaction().execute(async (trx) => {
    let count = 0;
    for (const check of checks) {
      const task = await trx
        .selectFrom('inspectionTasks')
        .select(['id', 'itemId', 'unitId', 'status', 'startsAt', 'workType', 'kind'])
        .where('enterpriseId', '=', enterpriseId)
        .where('id', '=', check.taskId)
        .forUpdate()
        .executeTakeFirst();
      if (!task || task.status !== 'pending' || check.checkedAt < task.startsAt) continue;
      const checkStatus: CheckStatus = check.answer === 'abnormal' ? 'hazardFound' : 'normal';
      const record = {
        enterpriseId,
        id: randomUUID(),
        taskId: task.id,
        checkTime: check.checkedAt,
        checkStatus,
        isSteward: task.workType !== 'routine',
        byMobile: check.byMobile,
        checkedBy: check.checkedBy.id,
        checkedByName: check.checkedBy.name,
        note: check.note ?? '',
        // Made on the spot and sent at once, as a phone with a network does.
        submittedAt: check.checkedAt,
      };
      const answers = [{ itemId: task.itemId, answer: check.answer, note: check.note ?? '' }];
      await trx.insertInto('inspectionRecords').values(record).execute();
      await trx
        .insertInto('inspectionRecordAnswers')
        .values(answers.map((a) => ({ enterpriseId, recordId: record.id, ...a })))
        .execute();
      await trx
        .updateTable('inspectionTasks')
        .set({ status: 'done' })
        .where('enterpriseId', '=', enterpriseId)
        .where('id', '=', task.id)
        .execute();
      await recordInspection(trx, audit, {
        action: 'inspection.check-recorded',
        entityType: 'inspectionRecord',
        entityId: record.id,
        enterpriseId,
        after: { ...record, answers, seededPast: true },
        facts: {
          taskId: task.id,
          unitId: task.unitId,
          checkStatus,
          abnormalItemIds: check.answer === 'abnormal' ? [task.itemId] : [],
        },
      });
      await publishFindings(trx, audit, {
        enterpriseId,
        recordId: record.id,
        task,
        answers,
        reportedByUserId: check.checkedBy.id,
        foundAt: check.checkedAt,
      });
      count += 1;
    }
    return count;
  });
}
