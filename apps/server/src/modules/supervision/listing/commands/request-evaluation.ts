import type { RequestEvaluationBody } from '@shuangkong/contracts';
import { LISTING_EVALUATION_WORKING_DAYS } from '@shuangkong/contracts';
import { getWorkingDayCalendar } from '../../../../platform/calendar/index.ts';
import { recordSupervision } from '../../supervision-record.ts';
import type { CommandContext } from '../../supervision.database.ts';
import { listingErrors } from '../listing.errors.ts';
import { notifyListing } from '../listing-notices.ts';
import { isAgencyAccount } from '../queries/list-agencies.ts';
import { runListingTransition } from './run-transition.ts';

/**
 * The enterprise has finished the rectification (its hazard accepted) and asks the agency it
 * commissioned for the third-party evaluation, due within 10 working days on the platform's
 * calendar. The agency is told in its inbox.
 */
export async function requestEvaluation(ctx: CommandContext, id: string, body: RequestEvaluationBody) {
  if (!(await isAgencyAccount(ctx.db, body.agencyUserId))) throw listingErrors.unknownAgency();
  const calendar = await getWorkingDayCalendar(ctx.db);
  return runListingTransition(
    ctx,
    id,
    'requestEvaluation',
    {},
    async ({ trx, listing, to, today, update }) => {
      const evaluationDue = calendar.addWorkingDays(today, LISTING_EVALUATION_WORKING_DAYS);
      const columns = {
        agencyUserId: body.agencyUserId,
        evaluationRequestedAt: new Date(),
        evaluationRequestNote: body.note ?? null,
        evaluationDue,
      };
      await update(columns);
      await recordSupervision(trx, ctx.audit, {
        action: 'supervision.listing-evaluation-requested',
        entityType: 'hazardListing',
        entityId: listing.id,
        enterpriseId: listing.enterpriseId,
        before: { state: listing.state, agencyUserId: listing.agencyUserId },
        after: { state: to, ...columns },
        facts: { hazardId: listing.hazardId, agencyUserId: body.agencyUserId, evaluationDue },
      });
      await notifyListing(trx, listing, {
        userIds: [body.agencyUserId],
        kind: 'evaluation-requested',
        title: '挂牌督办隐患待评估',
        body: `挂牌督办的重大事故隐患“${listing.hazardName}”已整改完成，请于 ${evaluationDue} 前完成第三方评估。`,
      });
    },
  );
}
