import { randomUUID } from 'node:crypto';
import type { RecordEvaluationBody } from '@shuangkong/contracts';
import { recordSupervision } from '../../supervision-record.ts';
import type { CommandContext } from '../../supervision.database.ts';
import { listingErrors } from '../listing.errors.ts';
import { enterpriseLeads, notifyListing } from '../listing-notices.ts';
import { runListingTransition } from './run-transition.ts';

/**
 * The commissioned agency records its third-party evaluation with the report it uploaded for this
 * listing. Passed: on to the regulator's on-site verification. Not passed: back to rectification,
 * with the reasons.
 */
export async function recordEvaluation(ctx: CommandContext, id: string, body: RecordEvaluationBody) {
  return runListingTransition(
    ctx,
    id,
    'recordEvaluation',
    { passed: body.passed },
    async ({ trx, listing, to, today, update }) => {
      if (body.evaluatedOn > today) throw listingErrors.futureDate('body.evaluatedOn');
      const report = await trx
        .selectFrom('files')
        .select('id')
        .where('enterpriseId', '=', listing.enterpriseId)
        .where('id', '=', body.reportFileId)
        .where('uploadedBy', '=', ctx.actor.userId)
        .executeTakeFirst();
      if (!report) throw listingErrors.unknownReport();
      const row = {
        enterpriseId: listing.enterpriseId,
        id: randomUUID(),
        listingId: listing.id,
        agencyName: body.agencyName,
        evaluators: body.evaluators,
        evaluatedOn: body.evaluatedOn,
        passed: body.passed,
        conclusion: body.conclusion,
        reasons: body.passed ? (body.reasons ?? null) || null : body.reasons!,
        reportFileId: body.reportFileId,
        recordedBy: ctx.actor.userId,
      };
      await trx.insertInto('supervisionListingEvaluations').values(row).execute();
      await update(body.passed ? {} : { returns: listing.returns + 1 });
      await recordSupervision(trx, ctx.audit, {
        action: 'supervision.listing-evaluated',
        entityType: 'hazardListing',
        entityId: listing.id,
        enterpriseId: listing.enterpriseId,
        before: { state: listing.state },
        after: { state: to, evaluation: row },
        facts: { hazardId: listing.hazardId, passed: body.passed, to },
      });
      await notifyListing(trx, listing, {
        userIds: [listing.listedBy, ...(await enterpriseLeads(trx, listing.enterpriseId))],
        kind: 'evaluated',
        title: body.passed ? '挂牌督办隐患评估通过' : '挂牌督办隐患评估未通过',
        body: body.passed
          ? `“${listing.hazardName}”第三方评估通过，待监管部门现场核查。`
          : `“${listing.hazardName}”第三方评估未通过，须继续整改：${body.reasons ?? ''}`,
      });
      return { id: row.id };
    },
  );
}
