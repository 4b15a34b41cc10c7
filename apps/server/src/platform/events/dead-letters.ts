import { sql } from 'kysely';
import { tablesOf, type WithTables } from '../../kernel/index.ts';
import type { PlatformTables } from '../db/platform-tables.ts';
import { EVENT_DELIVERY_JOB } from './event-delivery.ts';

/** A delivery that failed for good: which event, which subscriber, why, and how often it was tried. */
export type DeadLetter = {
  jobId: string;
  eventId: string;
  eventType: string;
  entityType: string;
  entityId: string;
  enterpriseId: string | null;
  occurredAt: string;
  subscriber: string;
  attempts: number;
  lastError: string | null;
  failedAt: string | null;
};

/** Deliveries that gave up, newest first. */
export async function listDeadLetters(
  handle: WithTables<PlatformTables>,
  options: { limit?: number } = {},
): Promise<DeadLetter[]> {
  const rows = await tablesOf<PlatformTables>(handle)
    .selectFrom('jobs as j')
    .innerJoin('domainEvents as e', (join) => join.on(sql<boolean>`e.id = (j.payload ->> 'eventId')::uuid`))
    .select([
      'j.id as jobId',
      'e.id as eventId',
      'e.type as eventType',
      'e.entityType',
      'e.entityId',
      'e.enterpriseId',
      'e.occurredAt',
      sql<string>`j.payload ->> 'subscriber'`.as('subscriber'),
      'j.attempts',
      'j.lastError',
      'j.finishedAt',
    ])
    .where('j.name', '=', EVENT_DELIVERY_JOB)
    .where('j.status', '=', 'failed')
    .orderBy('j.finishedAt', 'desc')
    .limit(options.limit ?? 200)
    .execute();
  return rows.map((r) => ({
    jobId: r.jobId,
    eventId: r.eventId,
    eventType: r.eventType,
    entityType: r.entityType,
    entityId: r.entityId,
    enterpriseId: r.enterpriseId,
    occurredAt: new Date(r.occurredAt).toISOString(),
    subscriber: r.subscriber,
    attempts: r.attempts,
    lastError: r.lastError,
    failedAt: r.finishedAt ? new Date(r.finishedAt).toISOString() : null,
  }));
}

/** Queues a dead delivery again with fresh attempts; false when there is no such dead letter. */
export async function retryDeadLetter(handle: WithTables<PlatformTables>, jobId: string): Promise<boolean> {
  const result = await tablesOf<PlatformTables>(handle)
    .updateTable('jobs')
    .set({ status: 'queued', attempts: 0, runAt: sql<Date>`now()`, finishedAt: null })
    .where('id', '=', jobId)
    .where('name', '=', EVENT_DELIVERY_JOB)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
