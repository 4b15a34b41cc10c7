import { enqueueExternalNotification, sendInApp } from '../../../platform/notify/index.ts';
import type { Trx } from '../supervision.database.ts';

/** A message about one listing: `kind` names its text in the web's locales (notify.supervision.listing.<kind>). */
export type ListingNotice = {
  userIds: readonly (string | null)[];
  kind: 'listed' | 'evaluation-requested' | 'evaluated' | 'verified' | 'delisted' | 'interview' | 'exposed';
  title: string;
  body: string;
};

/**
 * Tells the people concerned in their inbox (and the enterprise's robot webhooks), inside the
 * transaction of the change: nothing is announced that did not happen.
 */
export async function notifyListing(
  trx: Trx,
  l: { id: string; enterpriseId: string; hazardName: string },
  notice: ListingNotice,
): Promise<void> {
  const link = `/supervision/listings/${l.id}`;
  const userIds = [...new Set(notice.userIds.filter((id): id is string => id !== null))];
  await sendInApp(trx, userIds, {
    kind: `supervision.listing.${notice.kind}`,
    title: notice.title,
    body: notice.body,
    params: { hazard: l.hazardName },
    link,
  });
  await enqueueExternalNotification(
    trx,
    { ownerType: 'enterprise', ownerId: l.enterpriseId },
    { title: notice.title, body: notice.body, link },
  );
}

/** The enterprise's principal and safety managers: who answers a listing. */
export async function enterpriseLeads(trx: Trx, enterpriseId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('users as u')
    .innerJoin('userRoles as r', 'r.userId', 'u.id')
    .select('u.id')
    .distinct()
    .where('u.enterpriseId', '=', enterpriseId)
    .where('u.status', '=', 'active')
    .where('r.role', 'in', ['enterprisePrincipal', 'safetyManager'])
    .execute();
  return rows.map((r) => r.id);
}
