import type { DelistBody } from '@shuangkong/contracts';
import { recordSupervision } from '../../supervision-record.ts';
import type { CommandContext } from '../../supervision.database.ts';
import { enterpriseLeads, notifyListing } from '../listing-notices.ts';
import { runListingTransition } from './run-transition.ts';

/** 摘牌: after a passed verification the regulator delists the hazard with a public notice. */
export async function delistHazard(ctx: CommandContext, id: string, body: DelistBody) {
  return runListingTransition(ctx, id, 'delist', {}, async ({ trx, listing, to, update }) => {
    const columns = { delistingNotice: body.notice, delistedBy: ctx.actor.userId, delistedAt: new Date() };
    await update(columns);
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.hazard-delisted',
      entityType: 'hazardListing',
      entityId: listing.id,
      enterpriseId: listing.enterpriseId,
      before: { state: listing.state },
      after: { state: to, ...columns },
      facts: { hazardId: listing.hazardId },
    });
    await notifyListing(trx, listing, {
      userIds: await enterpriseLeads(trx, listing.enterpriseId),
      kind: 'delisted',
      title: '挂牌督办隐患已摘牌',
      body: `重大事故隐患“${listing.hazardName}”已摘牌。`,
    });
  });
}
