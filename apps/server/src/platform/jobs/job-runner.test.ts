import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openTestDatabase } from '../../../test/test-database.ts';
import { nextCronRun } from './cron.ts';
import { defineJob, PermanentJobError } from './define-job.ts';
import { enqueueJob } from './enqueue-job.ts';
import { createJobRunner, retryDelayMs } from './job-runner.ts';
import { materialiseSchedules, syncSchedules } from './job-schedules.ts';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
const ran: { id: string; n: number; attempt: number }[] = [];
let failuresLeft = 0;

const countJob = defineJob({
  id: 'test.count',
  schema: z.object({ n: z.number().int() }),
  maxAttempts: 3,
  async handler(payload, ctx) {
    ran.push({ id: ctx.jobId, n: payload.n, attempt: ctx.attempt });
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      throw new Error(`planned failure ${payload.n}`);
    }
  },
});
const brokenJob = defineJob({
  id: 'test.broken',
  schema: z.object({}),
  async handler() {
    throw new PermanentJobError('target gone');
  },
});
const hourlyJob = defineJob({
  id: 'test.hourly',
  schema: z.object({}),
  cron: '0 * * * *',
  async handler(_payload, ctx) {
    ran.push({ id: ctx.jobId, n: -1, attempt: ctx.attempt });
  },
});
const jobs = [countJob, brokenJob, hourlyJob];
const runner = () =>
  createJobRunner({
    db: database.db,
    jobs,
    workerId: 'w1',
    leaseMs: 60_000,
    retryBaseMs: 10_000,
    onError: () => {},
  });

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());
beforeEach(async () => {
  ran.length = 0;
  failuresLeft = 0;
  await database.db.deleteFrom('jobs').execute();
  await database.db.deleteFrom('jobSchedules').execute();
});

const jobRow = (id: string) =>
  database.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
// Seconds between a job's run_at and the database's now(): retry delays are measured on that clock.
async function secondsUntilRun(id: string): Promise<number> {
  const { rows } = await sql<{ s: number }>`
    select extract(epoch from run_at - now())::float8 as s from jobs where id = ${id}`.execute(database.db);
  return rows[0]?.s ?? NaN;
}
const makeDue = (id: string) =>
  sql`update jobs set run_at = now() - interval '1 second' where id = ${id}`.execute(database.db);

describe('job runner', () => {
  it('claims a due job, runs it with its parsed payload and marks it done', async () => {
    const id = await enqueueJob(database.db, countJob, { n: 7 });
    expect(await runner().tick()).toBe(1);
    expect(ran).toEqual([{ id, n: 7, attempt: 1 }]);
    const row = await jobRow(id ?? '');
    expect(row).toMatchObject({ status: 'done', attempts: 1, lockedBy: null, lockedUntil: null });
    expect(row.finishedAt).not.toBeNull();
    expect(await runner().tick()).toBe(0);
  });

  it('refuses a payload its schema rejects at enqueue time', async () => {
    await expect(enqueueJob(database.db, countJob, { n: 1.5 })).rejects.toThrow();
  });

  it('leaves a job alone until its run time', async () => {
    const id = await enqueueJob(database.db, countJob, { n: 1 }, { runAt: new Date(Date.now() + 3_600_000) });
    expect(await runner().tick()).toBe(0);
    await makeDue(id ?? '');
    expect(await runner().tick()).toBe(1);
  });

  it('enqueues a dedupe key once, even after the job has finished', async () => {
    const first = await enqueueJob(database.db, countJob, { n: 1 }, { dedupeKey: 'k1' });
    expect(first).not.toBeNull();
    await runner().tick();
    expect(await enqueueJob(database.db, countJob, { n: 2 }, { dedupeKey: 'k1' })).toBeNull();
    expect(await database.db.selectFrom('jobs').select('id').execute()).toHaveLength(1);
  });

  it('retries a failed job with exponential backoff and fails it after maxAttempts', async () => {
    failuresLeft = 3;
    const id = (await enqueueJob(database.db, countJob, { n: 3 })) ?? '';
    await runner().tick();
    let row = await jobRow(id);
    expect(row).toMatchObject({
      status: 'queued',
      attempts: 1,
      lastError: 'planned failure 3',
      lockedBy: null,
    });
    expect(await secondsUntilRun(id)).toBeCloseTo(10, 0);
    expect(await runner().tick()).toBe(0); // not due yet

    await makeDue(id);
    await runner().tick();
    row = await jobRow(id);
    expect(row).toMatchObject({ status: 'queued', attempts: 2 });
    expect(await secondsUntilRun(id)).toBeCloseTo(20, 0);

    await makeDue(id);
    await runner().tick();
    row = await jobRow(id);
    expect(row).toMatchObject({ status: 'failed', attempts: 3, lastError: 'planned failure 3' });
    expect(ran.map((r) => r.attempt)).toEqual([1, 2, 3]);
  });

  it('succeeds on a retry after one failure', async () => {
    failuresLeft = 1;
    const id = (await enqueueJob(database.db, countJob, { n: 4 })) ?? '';
    await runner().tick();
    await makeDue(id);
    await runner().tick();
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 2, lastError: null });
  });

  it('fails at once on a PermanentJobError or a payload that no longer parses', async () => {
    const broken = (await enqueueJob(database.db, brokenJob, {})) ?? '';
    const bad = (await enqueueJob(database.db, countJob, { n: 1 })) ?? '';
    await sql`update jobs set payload = '{"n":"x"}'::jsonb where id = ${bad}`.execute(database.db);
    await runner().tick();
    expect(await jobRow(broken)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'target gone' });
    expect((await jobRow(bad)).status).toBe('failed');
    expect((await jobRow(bad)).lastError).toMatch(/Invalid payload/);
    expect(ran).toEqual([]);
  });

  it('takes over a job whose lease expired (a crashed process) but not a live lease', async () => {
    const crashed = (await enqueueJob(database.db, countJob, { n: 5 })) ?? '';
    const live = (await enqueueJob(database.db, countJob, { n: 6 })) ?? '';
    await sql`update jobs set status = 'running', attempts = 1, locked_by = 'dead',
      locked_until = now() - interval '1 second' where id = ${crashed}`.execute(database.db);
    await sql`update jobs set status = 'running', attempts = 1, locked_by = 'alive',
      locked_until = now() + interval '1 minute' where id = ${live}`.execute(database.db);
    expect(await runner().tick()).toBe(1);
    expect(ran).toEqual([{ id: crashed, n: 5, attempt: 2 }]);
    expect(await jobRow(crashed)).toMatchObject({ status: 'done', attempts: 2 });
    expect(await jobRow(live)).toMatchObject({ status: 'running', lockedBy: 'alive' });
  });

  it('fails a job whose last allowed attempt died with its lease', async () => {
    const id = (await enqueueJob(database.db, countJob, { n: 8 })) ?? '';
    await sql`update jobs set status = 'running', attempts = 3, locked_by = 'dead',
      locked_until = now() - interval '1 second' where id = ${id}`.execute(database.db);
    await runner().tick();
    expect(ran).toEqual([]);
    expect(await jobRow(id)).toMatchObject({
      status: 'failed',
      lastError: 'lease expired on the last attempt',
    });
  });

  it('does not record an outcome over a lease another worker has taken', async () => {
    const id = (await enqueueJob(database.db, countJob, { n: 9 })) ?? '';
    const stealing = defineJob({
      ...countJob,
      async handler(_payload, ctx) {
        // Simulates this worker stalling past its lease while another one claims the job.
        await sql`update jobs set locked_by = 'other' where id = ${ctx.jobId}`.execute(ctx.db);
      },
    });
    await createJobRunner({ db: database.db, jobs: [stealing], workerId: 'w1' }).tick();
    expect(await jobRow(id)).toMatchObject({ status: 'running', lockedBy: 'other' });
  });
});

describe('cron schedules', () => {
  it('computes the next run in Asia/Shanghai', () => {
    // 02:00 in Shanghai is 18:00 UTC the day before.
    expect(nextCronRun('0 2 * * *', new Date('2025-01-01T00:00:00Z')).toISOString()).toBe(
      '2025-01-01T18:00:00.000Z',
    );
    expect(nextCronRun('0 * * * *', new Date('2025-01-01T00:00:00Z')).toISOString()).toBe(
      '2025-01-01T01:00:00.000Z',
    );
  });

  it('creates a schedule, enqueues a due run once with its dedupe key and advances it', async () => {
    await syncSchedules(database.db, jobs);
    const schedule = await database.db.selectFrom('jobSchedules').selectAll().executeTakeFirstOrThrow();
    expect(schedule).toMatchObject({ name: 'test.hourly', cron: '0 * * * *', lastRunAt: null });
    expect(new Date(schedule.nextRunAt).getTime()).toBeGreaterThan(Date.now());
    expect(await materialiseSchedules(database.db, jobs)).toBe(0);

    const due = new Date('2025-03-01T04:00:00Z');
    await database.db.updateTable('jobSchedules').set({ nextRunAt: due }).execute();
    expect(await runner().tick()).toBe(1);
    const job = await database.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(job).toMatchObject({
      name: 'test.hourly',
      dedupeKey: 'test.hourly@2025-03-01T04:00:00.000Z',
      status: 'done',
    });
    expect(ran).toHaveLength(1);
    const advanced = await database.db.selectFrom('jobSchedules').selectAll().executeTakeFirstOrThrow();
    // Missed hours are not replayed: the next run is the next hour from now.
    expect(new Date(advanced.nextRunAt).getTime()).toBeGreaterThan(Date.now());
    expect(new Date(advanced.nextRunAt).getUTCMinutes()).toBe(0);
    expect(advanced.lastRunAt).toEqual(due);
    expect(await materialiseSchedules(database.db, jobs)).toBe(0);
  });

  it('does not enqueue a run twice when the same tick is replayed', async () => {
    await syncSchedules(database.db, jobs);
    const due = new Date('2025-03-01T05:00:00Z');
    await database.db.updateTable('jobSchedules').set({ nextRunAt: due }).execute();
    expect(await materialiseSchedules(database.db, jobs)).toBe(1);
    await database.db.updateTable('jobSchedules').set({ nextRunAt: due }).execute();
    expect(await materialiseSchedules(database.db, jobs)).toBe(0);
  });

  it('restarts a schedule whose expression changed and keeps one that did not', async () => {
    await syncSchedules(database.db, jobs);
    const far = new Date('2099-01-01T00:00:00Z');
    await database.db.updateTable('jobSchedules').set({ nextRunAt: far }).execute();
    await syncSchedules(database.db, jobs);
    expect(
      (await database.db.selectFrom('jobSchedules').selectAll().executeTakeFirstOrThrow()).nextRunAt,
    ).toEqual(far);
    await syncSchedules(database.db, [defineJob({ ...hourlyJob, cron: '30 * * * *' })]);
    const changed = await database.db.selectFrom('jobSchedules').selectAll().executeTakeFirstOrThrow();
    expect(changed.cron).toBe('30 * * * *');
    expect(new Date(changed.nextRunAt).getUTCMinutes()).toBe(30);
  });
});

describe('retryDelayMs', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, 1000, 5000))).toEqual([1000, 2000, 4000, 5000]);
  });
});
