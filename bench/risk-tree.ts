// The register tree and the register rows over 2,000 units / 10,000 events, on PostgreSQL: p50/p95
// of the first page over 200 sequential requests after warm-up, and the ratio to /api/health.
// Target: tree p95 ≤ 100 ms. Usage: npx tsx bench/risk-tree.ts [--explain]   (prints JSON)
// --explain also prints EXPLAIN ANALYZE of the tree's queries, captured while serving one request.
import { buildApp } from '../apps/server/src/app/build-app.ts';
import type { Db } from '../apps/server/src/app/db-schema.ts';
import { loadConfig } from '../apps/server/src/app/config.ts';
import { openAppDatabase } from '../apps/server/src/app/open-app-database.ts';
import { importRegister } from '../apps/server/src/modules/risk/index.ts';
import { startPostgres } from '../scripts/pg-server.mjs';
import {
  BENCH_PASSWORD,
  createBenchEnterprise,
  createBenchJurisdiction,
  registerWorkbook,
} from './risk-register-data.ts';

const UNITS = Number(process.env.BENCH_UNITS ?? 2_000);
const EVENTS_PER_UNIT = 5;
const WARM_UP = 20;
const SAMPLES = 200;
const PORT = 3193;
const explain = process.argv.includes('--explain');

type Plugin = Parameters<Db['withPlugin']>[0];
type QueryArgs = Parameters<Plugin['transformQuery']>[0];
type ResultArgs = Parameters<Plugin['transformResult']>[0];

/** Records every query while switched on, for EXPLAIN ANALYZE afterwards. */
class QueryRecorder implements Plugin {
  on = false;
  readonly queries: QueryArgs[] = [];
  transformQuery(args: QueryArgs) {
    if (this.on) this.queries.push(args);
    return args.node;
  }
  async transformResult(args: ResultArgs) {
    return args.result;
  }
}

const pg = startPostgres({ port: 54393 });
try {
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: pg.url,
    LOG_LEVEL: 'silent',
    PORT: String(PORT),
    DATA_DIR: '.tmp/bench-risk-tree',
  });
  const database = await openAppDatabase(config);
  const db = database.db;
  await createBenchJurisdiction(db);
  const ctx = await createBenchEnterprise(db, '基准企业');
  const enterpriseId = ctx.actor.enterpriseId ?? '';
  const imported = await importRegister(ctx, {
    enterpriseId,
    bytes: await registerWorkbook(UNITS, EVENTS_PER_UNIT),
  });
  await database.withScriptSession((run) => run('analyze'));

  const recorder = new QueryRecorder();
  const app = await buildApp({ config, db: db.withPlugin(recorder), databaseKind: database.kind });
  await app.listen({ port: PORT, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${PORT}`;
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: ctx.username, password: BENCH_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

  async function measure(url: string) {
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + SAMPLES; i++) {
      const t0 = performance.now();
      const r = await fetch(`${base}${url}`, { headers: { cookie } });
      await r.arrayBuffer();
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      if (i >= WARM_UP) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => Number((times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(2));
    return { p50: at(0.5), p95: at(0.95) };
  }

  const treeUrl = `/api/v1/enterprises/${enterpriseId}/risk-register/tree?page=1&pageSize=20`;
  const rowsUrl = `/api/v1/enterprises/${enterpriseId}/risk-register/rows?page=1&pageSize=50`;
  const health = await measure('/api/health');
  const tree = await measure(treeUrl);
  const rows = await measure(rowsUrl);

  if (explain) {
    recorder.on = true;
    await fetch(`${base}${treeUrl}`, { headers: { cookie } }).then((r) => r.arrayBuffer());
    recorder.on = false;
    for (const { node, queryId } of recorder.queries) {
      const query = db.getExecutor().compileQuery(node, queryId);
      const plan = await db.executeQuery({ ...query, sql: `explain (analyze, buffers) ${query.sql}` });
      const lines = plan.rows.map((row) => String(Object.values(row as object)[0]));
      console.error(`\n${query.sql}\n${lines.join('\n')}`);
    }
  }

  const ratio = (p: { p95: number }) => Number((p.p95 / health.p95).toFixed(1));
  console.log(
    JSON.stringify(
      {
        database: database.kind,
        units: UNITS,
        events: imported.events,
        measures: imported.measures,
        samples: SAMPLES,
        warmUp: WARM_UP,
        healthMs: health,
        treeFirstPageMs: { ...tree, p95VsHealth: ratio(tree) },
        rowsFirstPageMs: { ...rows, p95VsHealth: ratio(rows) },
        targets: { treeP95Ms: 100 },
      },
      null,
      2,
    ),
  );
  await app.close();
  await database.close();
} finally {
  pg.stop();
}
