import type { Kysely } from 'kysely';
import { enqueueExternalNotification, sendInApp } from '../../platform/notify/index.ts';
import type { DB } from './hazard.database.ts';

/** A message about one hazard: `kind` names its text in the web's locales (notify.hazard.<kind>). */
export type HazardNotice = {
  userIds: readonly (string | null)[];
  kind: 'assigned' | 'sent-back' | 'extension-decided' | 'overdue' | 'deadline-approaching';
  title: string;
  body: string;
  params?: Record<string, string | number>;
};

/**
 * Tells the people concerned in their inbox and the enterprise's robot webhooks (钉钉, 企业微信…),
 * inside the transaction of the change: nothing is announced that did not happen.
 */
export async function notifyHazard(
  trx: Kysely<DB>,
  h: { enterpriseId: string; id: string; name: string },
  notice: HazardNotice,
): Promise<void> {
  const link = `/hazards/${h.id}`;
  const userIds = [...new Set(notice.userIds.filter((id): id is string => id !== null))];
  await sendInApp(trx, userIds, {
    kind: `hazard.${notice.kind}`,
    title: notice.title,
    body: notice.body,
    params: { hazard: h.name, ...notice.params },
    link,
  });
  await enqueueExternalNotification(
    trx,
    { ownerType: 'enterprise', ownerId: h.enterpriseId },
    { title: notice.title, body: notice.body, link },
  );
}
