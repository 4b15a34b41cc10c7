// Inspection records submitted over HTTP on PostgreSQL, the way a shift change sends them: many
// workers at once, each POST one record (its answers, the task closed, the audit row and the domain
// event in one transaction). Measured in one run, with the load generator in a worker thread so it
// does not share the server's event loop:
//   many:  records spread over E enterprises (the platform's throughput);
//   alone: the same number of records from one enterprise (its own ceiling: every audited write of
//          an enterprise takes that enterprise's audit chain head);
//   bare:  a bare Fastify route doing one INSERT, as the floor of this machine and driver.
// Usage: npx tsx bench/inspection-submit.ts   (prints JSON; BENCH_RECORDS, BENCH_ENTERPRISES, BENCH_CONCURRENCY)
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import type * as Kysely from 'kysely';
import { Worker } from 'node:worker_threads';
import { buildApp } from '../apps/server/src/app/build-app.ts';
import { loadConfig } from '../apps/server/src/app/config.ts';
import { openAppDatabase } from '../apps/server/src/app/open-app-database.ts';
import { generateTasks } from '../apps/server/src/modules/inspection/index.ts';
import { seedCalendarIfEmpty } from '../apps/server/src/platform/calendar/index.ts';
import { BENCH_PASSWORD, createBenchEnterprise, createBenchJurisdiction } from './risk-register-data.ts';
import { startPostgres } from '../scripts/pg-server.mjs';

// Fastify and Kysely are the server's dependencies, resolved from there.
const serverRequire = createRequire(new URL('../apps/server/package.json', import.meta.url));
type BareServer = {
  post(path: string, handler: (request: { body: unknown }) => Promise<unknown>): void;
  listen(options: { port: number; host: string }): Promise<string>;
  close(): Promise<void>;
};
const Fastify = serverRequire('fastify') as () => BareServer;
const { sql } = serverRequire('kysely') as typeof Kysely;

const RECORDS = Number(process.env.BENCH_RECORDS ?? 6_000);
const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 30);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const PORT = 3193;
const BARE_PORT = 3194;
const base = `http://127.0.0.1:${PORT}`;

type Request = { url: string; headers: Record<string, string>; body: string };
type LoadResult = { seconds: number; latencies: number[]; failures: number; firstFailure: string | null };

/** Sends the requests from a worker thread, CONCURRENCY at a time. */
function load(requests: Request[]): Promise<LoadResult> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     (async () => {
       const { requests, concurrency } = workerData;
       const latencies = []; let failures = 0; let firstFailure = null; let next = 0;
       const t0 = performance.now();
       await Promise.all(Array.from({ length: concurrency }, async () => {
         while (next < requests.length) {
           const r = requests[next++];
           const s = performance.now();
           const res = await fetch(r.url, { method: 'POST', headers: r.headers, body: r.body });
           const text = await res.text();
           latencies.push(performance.now() - s);
           if (res.status >= 300) { failures++; firstFailure ??= res.status + ' ' + text.slice(0, 300); }
         }
       }));
       parentPort.postMessage({ seconds: (performance.now() - t0) / 1000, latencies, failures, firstFailure });
     })();`,
    { eval: true, workerData: { requests, concurrency: CONCURRENCY } },
  );
  return new Promise((resolve, reject) => {
    worker.once('message', (m: LoadResult) => {
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', reject);
  });
}

function summary(r: LoadResult) {
  const sorted = [...r.latencies].sort((a, b) => a - b);
  const at = (q: number) => Number((sorted[Math.floor(q * (sorted.length - 1))] ?? 0).toFixed(1));
  return {
    requests: r.latencies.length,
    failures: r.failures,
    ...(r.firstFailure ? { firstFailure: r.firstFailure } : {}),
    perSecond: Math.round(r.latencies.length / r.seconds),
    p50ms: at(0.5),
    p99ms: at(0.99),
  };
}

const pg = startPostgres({ port: 54397 });
try {
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: pg.url,
    LOG_LEVEL: 'silent',
    PORT: String(PORT),
    DATA_DIR: '.tmp/bench-inspection-submit',
  });
  const database = await openAppDatabase(config);
  const db = database.db;
  await seedCalendarIfEmpty(db);
  await createBenchJurisdiction(db);
  const enterprises = [];
  for (let i = 0; i < ENTERPRISES + 1; i += 1)
    enterprises.push(await createBenchEnterprise(db, `巡检基准企业${i}`));
  const [alone, ...many] = enterprises;
  const perEnterprise = Math.ceil(RECORDS / many.length);
  // Daily whole-day items, so today's tasks are open now: enough for every request of each scenario.
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  for (const [e, count] of [[alone!, RECORDS], ...many.map((m) => [m, perEnterprise] as const)] as const) {
    await sql`
      insert into inspection_items (enterprise_id, id, measure_id, event_id, unit_id, unit_name, event_name,
        measure_content, check_cycle, check_cycle_unit, day_type, active_from)
      select ${e.actor.enterpriseId}, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(),
        '单元' || i, '事件' || i, '检查措施' || i, 1, 'day', 'everyDay', date '2026-11-01'
      from generate_series(1, ${count}) i`.execute(db);
  }
  await generateTasks(db, { from: today, to: today });
  await sql`analyze`.execute(db);

  const app = await buildApp({ config, db, databaseKind: database.kind });
  await app.listen({ port: PORT, host: '127.0.0.1' });
  const requestsOf = async (e: (typeof enterprises)[number], limit: number): Promise<Request[]> => {
    const res = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: e.username, password: BENCH_PASSWORD }),
    });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { data } = (await res.json()) as { data: { csrfToken: string } };
    const tasks = await db
      .selectFrom('inspectionTasks')
      .select(['id', 'itemId'])
      .where('enterpriseId', '=', e.actor.enterpriseId ?? '')
      .limit(limit)
      .execute();
    return tasks.map((t) => ({
      url: `${base}/api/v1/enterprises/${e.actor.enterpriseId}/inspection/tasks/${t.id}/records`,
      headers: { cookie, 'x-csrf-token': data.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({
        answers: [{ itemId: t.itemId, answer: 'normal', note: '正常' }],
        byMobile: true,
      }),
    }));
  };
  const manyRequests = (await Promise.all(many.map((e) => requestsOf(e, perEnterprise))))
    .flatMap((list, i) => list.map((r, j) => ({ r, order: j * many.length + i })))
    .sort((a, b) => a.order - b.order)
    .map((x) => x.r)
    .slice(0, RECORDS);
  const aloneRequests = await requestsOf(alone!, RECORDS);

  // The floor: one INSERT per request through the same driver and pool size.
  await sql`create table bench_bare (id uuid primary key, body jsonb not null)`.execute(db);
  const bare = Fastify();
  bare.post('/bare', async (request) => {
    await sql`insert into bench_bare (id, body) values (${randomUUID()}, ${JSON.stringify(request.body)})`.execute(
      db,
    );
    return { ok: true };
  });
  await bare.listen({ port: BARE_PORT, host: '127.0.0.1' });
  const bareRequests: Request[] = manyRequests.map((r) => ({
    url: `http://127.0.0.1:${BARE_PORT}/bare`,
    headers: { 'content-type': 'application/json' },
    body: r.body,
  }));

  // A short warm-up of both servers (plans, pools, JIT), on tasks the scenarios do not use.
  await load(bareRequests.slice(0, 300));
  const bareResult = summary(await load(bareRequests));
  const manyResult = summary(await load(manyRequests));
  const aloneResult = summary(await load(aloneRequests));
  console.log(
    JSON.stringify(
      {
        database: 'postgresql',
        concurrency: CONCURRENCY,
        enterprises: many.length,
        bare: bareResult,
        many: {
          ...manyResult,
          shareOfBare: Number((manyResult.perSecond / bareResult.perSecond).toFixed(2)),
        },
        alone: {
          ...aloneResult,
          shareOfBare: Number((aloneResult.perSecond / bareResult.perSecond).toFixed(2)),
        },
      },
      null,
      2,
    ),
  );
  await bare.close();
  await app.close();
  await database.close();
} finally {
  pg.stop();
}
