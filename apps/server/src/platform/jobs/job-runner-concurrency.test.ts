import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { z } from 'zod';
import type { PlatformTables } from '../db/platform-tables.ts';
import { openTestDatabase } from '../../../test/test-database.ts';
import { openDatabase } from '../db/database.ts';
import { defineJob } from './define-job.ts';
import { enqueueJob } from './enqueue-job.ts';
import { createJobRunner } from './job-runner.ts';
import { materialiseSchedules, syncSchedules } from './job-schedules.ts';

// Two runners as two server processes: on PostgreSQL each has its own connection pool to the
// same database; on PGlite (one connection) they share the handle, which still must not double-run.
let first: Awaited<ReturnType<typeof openTestDatabase>>;
let second: Awaited<ReturnType<typeof openTestDatabase>>;

beforeAll(async () => {
  first = await openTestDatabase();
  second = first;
  if (first.kind === 'postgres') {
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(first.db);
    const url = new URL(inject('databaseUrl'));
    url.pathname = `/${rows[0]?.name ?? ''}`;
    second = (await openDatabase<PlatformTables>({
      url: url.toString(),
      poolSize: 4,
    })) as unknown as typeof first;
  }
});
afterAll(async () => {
  if (second !== first) await second.close();
  await first.close();
});

describe('two runners on one database', () => {
  it('run each of 60 jobs exactly once, and both take part', async () => {
    const runs = new Map<number, string[]>();
    // The first two handlers wait for each other: that can only finish if the two runners hold
    // different jobs at the same time, so the test proves they share the queue (no timing luck).
    let arrived = 0;
    let release: () => void = () => {};
    const bothInside = new Promise<void>((resolve) => (release = resolve));
    const job = defineJob({
      id: 'test.once',
      schema: z.object({ n: z.number() }),
      async handler({ n }, ctx) {
        runs.set(n, [...(runs.get(n) ?? []), ctx.workerId]);
        if (n < 2) {
          arrived += 1;
          if (arrived === 2) release();
          await bothInside;
        }
      },
    });
    for (let n = 0; n < 60; n += 1)
      await enqueueJob(first.db, job, { n }, { runAt: new Date(Date.now() - 60_000 + n) });
    const a = createJobRunner({
      db: first.db,
      jobs: [job],
      workerId: 'a',
      concurrency: 1,
      onError: () => {},
    });
    const b = createJobRunner({
      db: second.db,
      jobs: [job],
      workerId: 'b',
      concurrency: 1,
      onError: () => {},
    });
    const drain = async (runner: typeof a) => {
      while ((await runner.tick()) > 0);
    };
    await Promise.all([drain(a), drain(b)]);
    await drain(a);

    expect([...runs.keys()].sort((x, y) => x - y)).toEqual(Array.from({ length: 60 }, (_, n) => n));
    expect([...runs.values()].every((workers) => workers.length === 1)).toBe(true);
    const workers = new Set([...runs.values()].flat());
    expect(workers).toEqual(new Set(['a', 'b']));
    const statuses = await first.db.selectFrom('jobs').select('status').distinct().execute();
    expect(statuses).toEqual([{ status: 'done' }]);
  });

  it('enqueue a due cron run once when both tick together', async () => {
    const cronJob = defineJob({
      id: 'test.cron',
      schema: z.object({}),
      cron: '*/5 * * * *',
      handler: async () => {},
    });
    await syncSchedules(first.db, [cronJob]);
    for (let round = 0; round < 5; round += 1) {
      const due = new Date(Date.UTC(2025, 0, 1, 0, round * 5));
      await first.db
        .updateTable('jobSchedules')
        .set({ nextRunAt: due })
        .where('name', '=', 'test.cron')
        .execute();
      const counts = await Promise.all([
        materialiseSchedules(first.db, [cronJob]),
        materialiseSchedules(second.db, [cronJob]),
      ]);
      expect(counts[0] + counts[1]).toBe(1);
    }
    const queued = await first.db
      .selectFrom('jobs')
      .select('dedupeKey')
      .where('name', '=', 'test.cron')
      .execute();
    expect(queued).toHaveLength(5);
  });
});
