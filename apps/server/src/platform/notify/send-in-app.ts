import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../app/db-schema.ts';

export type InAppMessage = { kind: string; title: string; body?: string; link?: string | null };

/** Puts a message in each user's inbox; call it inside the transaction of the change it reports. */
export async function sendInApp(
  trx: Kysely<DB>,
  userIds: readonly string[],
  message: InAppMessage,
): Promise<void> {
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
      })),
    )
    .execute();
}
