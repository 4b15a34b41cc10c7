import { randomUUID } from 'node:crypto';
import type { PlatformTables } from '../db/platform-tables.ts';
import { tablesOf, type WithTables } from '../../kernel/index.ts';

/**
 * A message: `kind` names its text in the web's locales (notify.<kind>), `params` fills it; `title`
 * and `body` are the zh-CN text kept for mail, robots and any client without the kind.
 */
export type InAppMessage = {
  kind: string;
  title: string;
  body?: string;
  link?: string | null;
  params?: Record<string, string | number>;
};

/** Puts a message in each user's inbox; call it inside the transaction of the change it reports. */
export async function sendInApp(
  trxHandle: WithTables<PlatformTables>,
  userIds: readonly string[],
  message: InAppMessage,
): Promise<void> {
  const trx = tablesOf(trxHandle);
  if (userIds.length === 0) return;
  await trx
    .insertInto('notifications')
    .values(
      [...new Set(userIds)].map((userId) => ({
        id: randomUUID(),
        userId,
        kind: message.kind,
        title: message.title,
        body: message.body ?? '',
        link: message.link ?? null,
        params: JSON.stringify(message.params ?? {}),
      })),
    )
    .execute();
}
