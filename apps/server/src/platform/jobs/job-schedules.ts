import { sql, type Kysely } from 'kysely';
import type { PlatformTables } from '../db/platform-tables.ts';
import { tablesOf, type WithTables } from '../../kernel/index.ts';
import type { AnyJobDefinition } from './define-job.ts';
import { enqueueJob } from './enqueue-job.ts';
import { nextCronRun } from './cron.ts';

/**
 * Makes job_schedules match the cron jobs in code: a new job gets its first run time, a changed
 * expression restarts from now, an unchanged one keeps its pending run.
 */
export async function syncSchedules(
  dbHandle: WithTables<PlatformTables>,
  jobs: readonly AnyJobDefinition[],
): Promise<void> {
  const db = tablesOf(dbHandle);
  const now = await databaseNow(db);
  for (const job of jobs) {
    if (!job.cron) continue;
    await db
      .insertInto('jobSchedules')
      .values({ name: job.id, cron: job.cron, nextRunAt: nextCronRun(job.cron, now), lastRunAt: null })
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet((eb) => ({ cron: eb.ref('excluded.cron'), nextRunAt: eb.ref('excluded.nextRunAt') }))
          .where('jobSchedules.cron', '<>', (eb) => eb.ref('excluded.cron')),
      )
      .execute();
  }
}

/**
 * Enqueues the due runs of cron jobs and moves each schedule to its next time. The schedule rows
 * are claimed with SKIP LOCKED inside one short transaction, so when several processes tick at
 * once each due run is enqueued by exactly one of them (and the dedupe key guards the rest).
 * After downtime a schedule runs once, not once per missed tick. Returns the runs enqueued.
 */
export async function materialiseSchedules(
  dbHandle: WithTables<PlatformTables>,
  jobs: readonly AnyJobDefinition[],
): Promise<number> {
  const db = tablesOf(dbHandle);
  const byName = new Map(jobs.filter((j) => j.cron).map((j) => [j.id, j]));
  if (byName.size === 0) return 0;
  return db.transaction().execute(async (trx) => {
    const now = await databaseNow(trx);
    const due = await trx
      .selectFrom('jobSchedules')
      .selectAll()
      .where('name', 'in', [...byName.keys()])
      .where('nextRunAt', '<=', now)
      .forUpdate()
      .skipLocked()
      .execute();
    let enqueued = 0;
    for (const schedule of due) {
      const job = byName.get(schedule.name);
      if (!job) continue;
      const scheduled = new Date(schedule.nextRunAt);
      const id = await enqueueJob(trx, job, job.schema.parse({}), {
        runAt: scheduled,
        dedupeKey: `${schedule.name}@${scheduled.toISOString()}`,
      });
      if (id) enqueued += 1;
      await trx
        .updateTable('jobSchedules')
        .set({ nextRunAt: nextCronRun(schedule.cron, now), lastRunAt: scheduled })
        .where('name', '=', schedule.name)
        .execute();
    }
    return enqueued;
  });
}

async function databaseNow(db: Kysely<PlatformTables>): Promise<Date> {
  const { rows } = await sql<{ now: Date }>`select now() as now`.execute(db);
  const now = rows[0]?.now;
  return now ? new Date(now) : new Date();
}
