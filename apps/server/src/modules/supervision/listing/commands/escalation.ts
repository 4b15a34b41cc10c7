import { randomUUID } from 'node:crypto';
import type { ExposeBody, RecordInterviewBody } from '@shuangkong/contracts';
import { recordSupervision } from '../../supervision-record.ts';
import type { CommandContext } from '../../supervision.database.ts';
import { listingErrors } from '../listing.errors.ts';
import { enterpriseLeads, notifyListing } from '../listing-notices.ts';
import { runListingTransition } from './run-transition.ts';

/** 约谈: a missed deadline; the interview with the enterprise's leaders is recorded. */
export async function recordInterview(ctx: CommandContext, id: string, body: RecordInterviewBody) {
  return runListingTransition(ctx, id, 'recordInterview', {}, async ({ trx, listing, today, update }) => {
    if (body.heldOn > today) throw listingErrors.futureDate('body.heldOn');
    const row = {
      enterpriseId: listing.enterpriseId,
      id: randomUUID(),
      listingId: listing.id,
      heldOn: body.heldOn,
      attendees: body.attendees,
      content: body.content,
      commitments: body.commitments,
      recordedBy: ctx.actor.userId,
    };
    await trx.insertInto('supervisionListingInterviews').values(row).execute();
    await update({});
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.listing-interview-recorded',
      entityType: 'hazardListing',
      entityId: listing.id,
      enterpriseId: listing.enterpriseId,
      after: row,
      facts: { hazardId: listing.hazardId, heldOn: body.heldOn },
    });
    await notifyListing(trx, listing, {
      userIds: await enterpriseLeads(trx, listing.enterpriseId),
      kind: 'interview',
      title: '挂牌督办隐患逾期约谈记录',
      body: `“${listing.hazardName}”逾期未完成整改，${body.heldOn} 约谈记录已存档。`,
    });
    return { id: row.id };
  });
}

/** 曝光: the regulator decides to expose a listing whose deadline was missed, published with a notice. */
export async function exposeListing(ctx: CommandContext, id: string, body: ExposeBody) {
  return runListingTransition(ctx, id, 'expose', {}, async ({ trx, listing, update }) => {
    const columns = { exposureNotice: body.notice, exposedAt: new Date() };
    await update(columns);
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.listing-exposed',
      entityType: 'hazardListing',
      entityId: listing.id,
      enterpriseId: listing.enterpriseId,
      before: { exposureNotice: null },
      after: columns,
      facts: { hazardId: listing.hazardId },
    });
    await notifyListing(trx, listing, {
      userIds: await enterpriseLeads(trx, listing.enterpriseId),
      kind: 'exposed',
      title: '挂牌督办隐患逾期曝光',
      body: `“${listing.hazardName}”逾期未完成整改，已予以公开曝光。`,
    });
  });
}
