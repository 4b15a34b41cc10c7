import { sql } from 'kysely';
import { z } from 'zod';
import { tablesOf, type WithTables } from '../../kernel/index.ts';
import type { PlatformTables } from '../db/platform-tables.ts';
import { defineJob, enqueueJob, PermanentJobError, type AnyJobDefinition } from '../jobs/index.ts';
import type { DomainEvent } from './domain-event.ts';
import type { EventSubscriber } from './event-subscriber.ts';

export const EVENT_DELIVERY_JOB = 'platform.event-delivery';
const payloadSchema = z.object({ eventId: z.string().uuid(), subscriber: z.string().min(1) });

/** The key that makes one delivery job per event and subscriber, ever. */
export const deliveryKey = (eventId: string, subscriberId: string) => `event@${eventId}@${subscriberId}`;

export type EventDispatcher = {
  /** The delivery job; the runner must hold it. */
  jobs: AnyJobDefinition[];
  /**
   * Queues delivery jobs for events not yet fanned out, in batches; the runner calls it on every
   * tick. Concurrent runners take disjoint events (skip locked); the dedupe key covers the rest.
   */
  fanOut(db: WithTables<PlatformTables>, batchSize?: number): Promise<number>;
};

/** Wires the subscribers of every module to the outbox and the job runner. */
export function createEventDispatcher(subscribers: readonly EventSubscriber[]): EventDispatcher {
  const byId = new Map<string, EventSubscriber>();
  for (const subscriber of subscribers) {
    if (byId.has(subscriber.id)) throw new Error(`Two subscribers are called ${subscriber.id}`);
    byId.set(subscriber.id, subscriber);
  }
  const byType = new Map<string, EventSubscriber[]>();
  for (const subscriber of subscribers) {
    for (const type of subscriber.on) byType.set(type, [...(byType.get(type) ?? []), subscriber]);
  }

  const deliveryJob = defineJob({
    id: EVENT_DELIVERY_JOB,
    schema: payloadSchema,
    // About ten minutes of backoff from the runner's default base before a delivery is dead.
    maxAttempts: 6,
    async handler({ eventId, subscriber: subscriberId }, ctx) {
      const subscriber = byId.get(subscriberId);
      if (!subscriber) throw new PermanentJobError(`No subscriber ${subscriberId}`);
      const row = await tablesOf<PlatformTables>(ctx.db)
        .selectFrom('domainEvents')
        .selectAll()
        .where('id', '=', eventId)
        .executeTakeFirst();
      if (!row) throw new PermanentJobError(`No event ${eventId}`);
      const event: DomainEvent = {
        id: row.id,
        type: row.type,
        enterpriseId: row.enterpriseId,
        entityType: row.entityType,
        entityId: row.entityId,
        payload: row.payload,
        actorId: row.actorId,
        occurredAt: row.occurredAt,
      };
      await subscriber.handle(event, {
        db: ctx.db,
        idempotencyKey: `${eventId}:${subscriberId}`,
        attempt: ctx.attempt,
      });
    },
  });

  async function fanOut(handle: WithTables<PlatformTables>, batchSize = 200): Promise<number> {
    const db = tablesOf<PlatformTables>(handle);
    return db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ id: string; type: string }>`
        select id, type from domain_events
        where fanned_out_at is null
        order by seq
        limit ${batchSize}
        for update skip locked`.execute(trx);
      if (rows.length === 0) return 0;
      for (const row of rows) {
        for (const subscriber of byType.get(row.type) ?? []) {
          await enqueueJob(
            trx,
            deliveryJob,
            { eventId: row.id, subscriber: subscriber.id },
            { dedupeKey: deliveryKey(row.id, subscriber.id) },
          );
        }
      }
      await trx
        .updateTable('domainEvents')
        .set({ fannedOutAt: sql<Date>`now()` })
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
      return rows.length;
    });
  }

  return { jobs: [deliveryJob], fanOut };
}
