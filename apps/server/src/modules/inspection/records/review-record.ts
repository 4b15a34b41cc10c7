import type { ReviewInspectionRecordBody } from '@shuangkong/contracts';
import { reviewInspectionRecordBody } from '@shuangkong/contracts';
import { AppError, forbidden, notFound } from '../../../kernel/index.ts';
import type { CommandContext } from '../inspection.database.ts';
import { mayManage } from '../inspection.policy.ts';
import { recordInspection } from '../inspection-record.ts';
import { InspectionScope } from '../inspection-scope.ts';
import { presentRecord } from '../tasks/commands/submit-record.ts';

/** Settles a record kept for review (a task completed from two devices): who, when, and why. */
export async function reviewRecord(
  ctx: CommandContext,
  enterpriseId: string,
  recordId: string,
  input: ReviewInspectionRecordBody,
  now = new Date(),
) {
  const body = reviewInspectionRecordBody.parse(input);
  const scope = await InspectionScope.load(ctx.db, ctx.actor, enterpriseId);
  return ctx.db.transaction().execute(async (trx) => {
    const record = await trx
      .selectFrom('inspectionRecords')
      .selectAll()
      .where('enterpriseId', '=', scope.id)
      .where('id', '=', recordId)
      .forUpdate()
      .executeTakeFirst();
    if (!record) throw notFound('Inspection record');
    if (!mayManage(ctx.actor, scope)) throw forbidden('inspection.manage');
    if (!record.needsReview)
      throw new AppError('INSPECTION_RECORD_NOT_FOR_REVIEW', 409, 'The record does not wait for review');
    const after = { needsReview: false, reviewedBy: ctx.actor.userId, reviewedAt: now };
    await trx
      .updateTable('inspectionRecords')
      .set(after)
      .where('enterpriseId', '=', scope.id)
      .where('id', '=', record.id)
      .execute();
    await recordInspection(trx, ctx.audit, {
      action: 'inspection.duplicate-reviewed',
      entityType: 'inspectionRecord',
      entityId: record.id,
      enterpriseId: scope.id,
      before: { needsReview: true },
      after: { ...after, comment: body.comment },
      facts: { taskId: record.taskId, firstRecordId: record.duplicateOf },
    });
    return presentRecord({ ...record, ...after });
  });
}
