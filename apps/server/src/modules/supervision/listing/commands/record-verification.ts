import { randomUUID } from 'node:crypto';
import type { RecordVerificationBody } from '@shuangkong/contracts';
import { recordSupervision } from '../../supervision-record.ts';
import type { CommandContext } from '../../supervision.database.ts';
import { listingErrors } from '../listing.errors.ts';
import { enterpriseLeads, notifyListing } from '../listing-notices.ts';
import { runListingTransition } from './run-transition.ts';

/**
 * The regulator's on-site verification (现场核查) after a passed evaluation. Passed: ready to be
 * delisted. Not passed: back to rectification.
 */
export async function recordVerification(ctx: CommandContext, id: string, body: RecordVerificationBody) {
  return runListingTransition(
    ctx,
    id,
    'recordVerification',
    { passed: body.passed },
    async ({ trx, listing, to, today, update }) => {
      if (body.verifiedOn > today) throw listingErrors.futureDate('body.verifiedOn');
      const row = {
        enterpriseId: listing.enterpriseId,
        id: randomUUID(),
        listingId: listing.id,
        verifiedOn: body.verifiedOn,
        inspectors: body.inspectors,
        passed: body.passed,
        conclusion: body.conclusion,
        recordedBy: ctx.actor.userId,
      };
      await trx.insertInto('supervisionListingVerifications').values(row).execute();
      await update(body.passed ? {} : { returns: listing.returns + 1 });
      await recordSupervision(trx, ctx.audit, {
        action: 'supervision.listing-verified',
        entityType: 'hazardListing',
        entityId: listing.id,
        enterpriseId: listing.enterpriseId,
        before: { state: listing.state },
        after: { state: to, verification: row },
        facts: { hazardId: listing.hazardId, passed: body.passed, to },
      });
      await notifyListing(trx, listing, {
        userIds: await enterpriseLeads(trx, listing.enterpriseId),
        kind: 'verified',
        title: body.passed ? '挂牌督办隐患现场核查通过' : '挂牌督办隐患现场核查未通过',
        body: body.passed
          ? `“${listing.hazardName}”现场核查通过，待摘牌。`
          : `“${listing.hazardName}”现场核查未通过，须继续整改：${body.conclusion}`,
      });
      return { id: row.id };
    },
  );
}
