// One day's inspection tasks for a province-sized platform: E enterprises × I daily check items
// (default 2,000 × 100 = 200,000 tasks) on PostgreSQL. Measures, in one run on the same database:
//   1. generate: the scheduled job's generateTasks for one civil date (read items, expand the
//      schedule, insert with "on conflict do nothing") → seconds and tasks per second;
//   2. again: the same call a second time (idempotence: it inserts nothing) → seconds;
//   3. copy: the same rows written by a plain server-side COPY into the same, emptied table (same
//      indexes and unique key) → the ratio generate / copy is generation's overhead over the floor.
// Usage: npx tsx bench/inspection-generate.ts   (prints JSON; BENCH_ENTERPRISES, BENCH_ITEMS)
import { rmSync } from 'node:fs';
import type { DB } from '../apps/server/src/app/db-schema.ts';
import { MIGRATIONS_DIR } from '../apps/server/src/app/open-app-database.ts';
import { generateTasks } from '../apps/server/src/modules/inspection/index.ts';
import { seedCalendarIfEmpty } from '../apps/server/src/platform/calendar/index.ts';
import { openDatabase } from '../apps/server/src/platform/db/database.ts';
import { migrate } from '../apps/server/src/platform/db/migrate.ts';
import { createBenchJurisdiction } from './risk-register-data.ts';
import { startPostgres } from '../scripts/pg-server.mjs';

const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 2_000);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 100);
const DAY = '2026-12-03';
const pg = startPostgres({ port: 54396 });
// Written and read by the server process itself (COPY … TO/FROM a file needs no client streaming).
const copyFile = `/tmp/shuangkong-bench-tasks-${process.pid}.copy`;

try {
  const database = await openDatabase<DB>({ url: pg.url });
  await migrate(database, MIGRATIONS_DIR);
  const db = database.db;
  await seedCalendarIfEmpty(db);
  await createBenchJurisdiction(db);
  const run = (script: string) => database.withScriptSession((exec) => exec(script));
  await run(`
    insert into enterprises (id, name, credit_code, address, jurisdiction_code, jurisdiction_path, scale,
      is_high_risk, principal_name, principal_phone, contact_name, contact_phone, status)
    select gen_random_uuid(), '巡检基准企业' || g, 'BENCH' || lpad(g::text, 13, '0'), '基准路' || g || '号',
      '990000', '990000', 'medium', false, '张三', '13800000000', '李四', '13800000001', 'approved'
    from generate_series(1, ${ENTERPRISES}) g`);
  // Daily items with a day shift window, every day; a tenth on working days only, as plants have.
  await run(`
    insert into inspection_items (enterprise_id, id, measure_id, event_id, unit_id, unit_name, event_name,
      measure_content, check_cycle, check_cycle_unit, work_start_time, work_end_time, day_type, active_from)
    select e.id, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(),
      '单元' || i, '事件' || i, '检查措施' || i, 1, 'day', '08:00', '17:00', 'everyDay', date '2026-11-01'
    from enterprises e cross join generate_series(1, ${ITEMS}) i
    where e.credit_code like 'BENCH%'`);
  await run('analyze');

  const t0 = performance.now();
  const created = await generateTasks(db, { from: DAY, to: DAY });
  const generateMs = performance.now() - t0;
  const t1 = performance.now();
  const again = await generateTasks(db, { from: DAY, to: DAY });
  const againMs = performance.now() - t1;

  await run(`copy inspection_tasks to '${copyFile}'`);
  await run('truncate inspection_tasks cascade');
  await run('checkpoint');
  const t2 = performance.now();
  await run(`copy inspection_tasks from '${copyFile}'`);
  const copyMs = performance.now() - t2;
  const [[count]] = (await run('select count(*)::int as n from inspection_tasks')) as [[{ n: number }]];

  console.log(
    JSON.stringify(
      {
        database: 'postgresql',
        enterprises: ENTERPRISES,
        itemsPerEnterprise: ITEMS,
        tasksCreated: created,
        tasksCopied: count.n,
        generateSeconds: +(generateMs / 1000).toFixed(2),
        tasksPerSecond: Math.round(created / (generateMs / 1000)),
        secondRunSeconds: +(againMs / 1000).toFixed(2),
        secondRunCreated: again,
        copySeconds: +(copyMs / 1000).toFixed(2),
        generateOverCopy: +(generateMs / copyMs).toFixed(2),
      },
      null,
      2,
    ),
  );
  await database.close();
} finally {
  rmSync(copyFile, { force: true });
  pg.stop();
}
