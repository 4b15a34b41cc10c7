import { randomUUID } from 'node:crypto';
import type { PlatformTables } from '../db/platform-tables.ts';
import { tablesOf, type WithTables } from '../../kernel/index.ts';
import type { JobRef } from './define-job.ts';

export type EnqueueOptions = {
  /** Not before this time; default now. */
  runAt?: Date;
  /**
   * At most one job ever exists per key: a second enqueue with the same key is a no-op, even
   * after the first has finished. Use it for "once per thing" work ('hazard.remind@<id>@<date>').
   */
  dedupeKey?: string;
};

export const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * Queues a job. Pass a transaction to make the job commit (or vanish) with the change that caused
 * it. Returns the new job's id, or null when the dedupe key was already taken.
 */
export async function enqueueJob<P>(
  dbHandle: WithTables<PlatformTables>,
  job: JobRef<P>,
  payload: P,
  options: EnqueueOptions = {},
): Promise<string | null> {
  const db = tablesOf(dbHandle);
  // Validate now, where the caller's stack trace is, rather than at run time.
  const parsed = job.schema.parse(payload);
  const id = randomUUID();
  const row = await db
    .insertInto('jobs')
    .values({
      id,
      name: job.id,
      payload: JSON.stringify(parsed ?? {}),
      dedupeKey: options.dedupeKey ?? null,
      // Absent: the database's now(), the one clock every server process shares.
      runAt: options.runAt,
      maxAttempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      lockedBy: null,
      lockedUntil: null,
      lastError: null,
      finishedAt: null,
    })
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}
