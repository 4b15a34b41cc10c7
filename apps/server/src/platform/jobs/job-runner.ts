import { hostname } from 'node:os';
import { sql } from 'kysely';
import type { PlatformTables } from '../db/platform-tables.ts';
import { tablesOf, type WithTables } from '../../kernel/index.ts';
import { PermanentJobError, type AnyJobDefinition } from './define-job.ts';
import { materialiseSchedules, syncSchedules } from './job-schedules.ts';

export type JobRunnerOptions = {
  db: WithTables<PlatformTables>;
  jobs: readonly AnyJobDefinition[];
  /** Names this process in locked_by; unique per process. */
  workerId?: string;
  pollMs?: number;
  /** How long a claim lasts without a heartbeat; a crashed process's jobs run again after it. */
  leaseMs?: number;
  /** Jobs claimed and run in parallel per tick. */
  concurrency?: number;
  /** First retry delay; each further retry doubles it, up to retryMaxMs. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  onError?: (error: unknown, context: { jobId?: string; jobName?: string }) => void;
  /**
   * Work done on every tick before claiming, e.g. turning new domain events into delivery jobs.
   * Each must be safe with several runners on one database.
   */
  beforeClaim?: readonly ((db: WithTables<PlatformTables>) => Promise<unknown>)[];
};

export type JobRunner = {
  /** Materialises due cron runs, then claims and runs one batch. Returns the jobs it ran. */
  tick(): Promise<number>;
  /** Finishes the running tick and stops polling. */
  stop(): Promise<void>;
};

type ClaimedJob = { id: string; name: string; payload: unknown; attempts: number; maxAttempts: number };

/** The delay before retry number `attempt` (1-based): base · 2^(attempt−1), capped. */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/** A runner that does nothing until tick() is called; startJobRunner adds the polling loop. */
export function createJobRunner(options: JobRunnerOptions): JobRunner & { start(): void } {
  const db = tablesOf<PlatformTables>(options.db);
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const pollMs = options.pollMs ?? 1000;
  const concurrency = options.concurrency ?? 4;
  const retryBaseMs = options.retryBaseMs ?? 10_000;
  const retryMaxMs = options.retryMaxMs ?? 3_600_000;
  const onError = options.onError ?? ((error) => console.error(error));
  const byName = new Map(options.jobs.map((job) => [job.id, job]));
  let isSynced = false;
  let running: Promise<number> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  // One short statement is the whole claim transaction: nothing is held while handlers run.
  // Expired leases (a crashed or stalled process) are claimable again like queued jobs.
  async function claim(): Promise<ClaimedJob[]> {
    const names = [...byName.keys()];
    if (names.length === 0) return [];
    const { rows } = await sql<ClaimedJob>`
      update jobs set status = 'running', attempts = attempts + 1, locked_by = ${workerId},
        locked_until = now() + ${leaseMs} * interval '1 millisecond'
      where id in (
        select id from jobs
        where name in (${sql.join(names)}) and attempts < max_attempts
          and ((status = 'queued' and run_at <= now()) or (status = 'running' and locked_until < now()))
        order by run_at
        limit ${concurrency}
        for update skip locked)
      returning id, name, payload, attempts, max_attempts as "maxAttempts"`.execute(db);
    return rows;
  }

  // A job whose last attempt died with its process never reaches the handler again.
  async function failExhaustedLeases(): Promise<void> {
    await sql`
      update jobs set status = 'failed', finished_at = now(), locked_by = null, locked_until = null,
        last_error = coalesce(last_error || '; ', '') || 'lease expired on the last attempt'
      where status = 'running' and locked_until < now() and attempts >= max_attempts`.execute(db);
  }

  async function finish(job: ClaimedJob, error: unknown): Promise<void> {
    const mine = (q: ReturnType<typeof db.updateTable<'jobs'>>) =>
      // Only the holder of the lease records the outcome; a lost lease means someone else has it.
      q.where('id', '=', job.id).where('lockedBy', '=', workerId).where('status', '=', 'running');
    if (error === undefined) {
      await mine(db.updateTable('jobs'))
        .set({
          status: 'done',
          finishedAt: sql<Date>`now()`,
          lockedBy: null,
          lockedUntil: null,
          lastError: null,
        })
        .execute();
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    const isLast = error instanceof PermanentJobError || job.attempts >= job.maxAttempts;
    const delay = retryDelayMs(job.attempts, retryBaseMs, retryMaxMs);
    await mine(db.updateTable('jobs'))
      .set(
        isLast
          ? {
              status: 'failed',
              finishedAt: sql<Date>`now()`,
              lockedBy: null,
              lockedUntil: null,
              lastError: message,
            }
          : {
              status: 'queued',
              runAt: sql<Date>`now() + ${delay} * interval '1 millisecond'`,
              lockedBy: null,
              lockedUntil: null,
              lastError: message,
            },
      )
      .execute();
  }

  async function run(job: ClaimedJob): Promise<void> {
    const definition = byName.get(job.name);
    // A heartbeat keeps a long handler's lease alive; a process that dies stops renewing it.
    const heartbeat = setInterval(
      () => {
        db.updateTable('jobs')
          .set({ lockedUntil: sql<Date>`now() + ${leaseMs} * interval '1 millisecond'` })
          .where('id', '=', job.id)
          .where('lockedBy', '=', workerId)
          .execute()
          .catch((error: unknown) => onError(error, { jobId: job.id, jobName: job.name }));
      },
      Math.max(1000, Math.floor(leaseMs / 3)),
    );
    heartbeat.unref();
    let failure: unknown;
    try {
      if (!definition) throw new PermanentJobError(`No handler for job ${job.name}`);
      const parsed = definition.schema.safeParse(job.payload);
      if (!parsed.success) throw new PermanentJobError(`Invalid payload: ${parsed.error.message}`);
      await definition.handler(parsed.data, { db, jobId: job.id, attempt: job.attempts, workerId });
    } catch (error) {
      failure = error ?? new Error('Job failed');
      onError(error, { jobId: job.id, jobName: job.name });
    } finally {
      clearInterval(heartbeat);
    }
    await finish(job, failure);
  }

  async function tickOnce(): Promise<number> {
    // Retried on every tick until it succeeds (the database may be briefly unreachable at start).
    if (!isSynced) {
      await syncSchedules(db, options.jobs);
      isSynced = true;
    }
    await materialiseSchedules(db, options.jobs);
    await failExhaustedLeases();
    for (const pump of options.beforeClaim ?? []) await pump(db);
    const claimed = await claim();
    await Promise.all(claimed.map(run));
    return claimed.length;
  }

  function tick(): Promise<number> {
    // Ticks never overlap inside one process; other processes are kept apart by the database.
    const next = (running ?? Promise.resolve(0)).then(tickOnce, tickOnce);
    running = next;
    return next;
  }

  function schedule(delay: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      tick().then(
        // A full batch suggests more are waiting: go again at once.
        (count) => schedule(count >= concurrency ? 0 : pollMs),
        (error: unknown) => {
          onError(error, {});
          schedule(pollMs);
        },
      );
    }, delay);
  }

  return {
    tick,
    start: () => schedule(0),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}

/** Starts polling for due jobs; call stop() on shutdown. Safe with several processes on one database. */
export function startJobRunner(options: JobRunnerOptions): JobRunner {
  const runner = createJobRunner(options);
  runner.start();
  return runner;
}
