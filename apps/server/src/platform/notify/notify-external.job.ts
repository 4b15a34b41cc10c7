import { z } from 'zod';
import type { PlatformTables } from '../db/platform-tables.ts';
import { tablesOf, type WithTables } from '../../kernel/index.ts';
import { defineJob, enqueueJob, PermanentJobError, type JobRef } from '../jobs/index.ts';
import type { ExternalMessage, NotificationProviders } from './providers/notification-provider.ts';

const payload = z.object({
  channelId: z.uuid(),
  title: z.string().min(1),
  body: z.string(),
  link: z.string().nullable(),
});
type Payload = z.infer<typeof payload>;

/** Enough to enqueue deliveries; the handler, with its providers, is built at start-up. */
export const notifyExternalJobRef: JobRef<Payload> = {
  id: 'platform.notify-external',
  schema: payload,
  // With the default 10 s base this retries over roughly five minutes before giving up.
  maxAttempts: 6,
};

/** The delivery job: one run per channel, so one dead webhook retries alone. */
export function createNotifyExternalJob(providers: NotificationProviders) {
  return defineJob({
    ...notifyExternalJobRef,
    async handler(message, ctx) {
      const db = tablesOf<PlatformTables>(ctx.db);
      const channel = await db
        .selectFrom('notificationChannels')
        .select(['provider', 'target', 'isEnabled'])
        .where('id', '=', message.channelId)
        .executeTakeFirst();
      // Removed or switched off since it was queued: nothing left to deliver.
      if (!channel?.isEnabled) return;
      const provider = providers[channel.provider];
      if (!provider) throw new PermanentJobError(`No ${channel.provider} provider is configured`);
      await provider.send(channel.target, { title: message.title, body: message.body, link: message.link });
    },
  });
}

export type ChannelOwner = { ownerType: 'enterprise' | 'regulator' | 'platform'; ownerId: string };

/**
 * Queues a message to every enabled channel of an owner. Call it inside the transaction of the
 * change it reports: deliveries are queued only if the change commits. Returns the deliveries queued.
 */
export async function enqueueExternalNotification(
  dbHandle: WithTables<PlatformTables>,
  owner: ChannelOwner,
  message: ExternalMessage,
): Promise<number> {
  const db = tablesOf(dbHandle);
  const channels = await db
    .selectFrom('notificationChannels')
    .select('id')
    .where('ownerType', '=', owner.ownerType)
    .where('ownerId', '=', owner.ownerId)
    .where('isEnabled', '=', true)
    .execute();
  for (const channel of channels) {
    await enqueueJob(db, notifyExternalJobRef, {
      channelId: channel.id,
      title: message.title,
      body: message.body,
      link: message.link,
    });
  }
  return channels.length;
}
