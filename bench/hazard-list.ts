// 隐患台账 of one enterprise holding 100,000 hazards, every filter and sort the list page offers,
// on PostgreSQL. Usage: npx tsx bench/hazard-list.ts   (prints JSON: p50/p95 per scenario and the
// ratio to /api/health measured in the same run)
import { buildApp } from '../apps/server/src/app/build-app.ts';
import { loadConfig } from '../apps/server/src/app/config.ts';
import { openAppDatabase } from '../apps/server/src/app/open-app-database.ts';
import { demoIds } from '../apps/server/src/seed/demo-ids.ts';
import { seedDemoIfEmpty } from '../apps/server/src/seed/seed-demo.ts';
import { useAuditKey } from '../apps/server/src/platform/audit/index.ts';
import { startPostgres } from '../scripts/pg-server.mjs';

const N = Number(process.env.BENCH_HAZARDS ?? 100_000);
const SAMPLES = 200;
const pg = startPostgres({ port: 54393 });
try {
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: pg.url,
    LOG_LEVEL: 'silent',
    PORT: '3192',
    DATA_DIR: '.tmp/bench-hazard-list',
  });
  useAuditKey(config.auditKey);
  const database = await openAppDatabase(config);
  const db = database.db;
  await seedDemoIfEmpty(db);
  const enterpriseId = demoIds.enterprise('hongda-chemical');
  const owner = demoIds.user('anquan');
  const run = (script: string) => database.withScriptSession((exec) => exec(script));
  // Three years of hazards: most closed, the rest spread over the open states, one in twenty
  // major, a fifth on a measure (some recurring), deadlines around today, some overdue.
  await run(`
    insert into hazards (enterprise_id, id, name, description, state, grade, danger_src, hazard_type,
      rectification_type, measure_id, registered_at, registrant_id, owner_user_id, deadline, measures)
    select '${enterpriseId}', gen_random_uuid(),
      (array['呼吸阀锈蚀','静电接地线松动','压力表超期','防火堤排水阀未关','消防通道占用','护栏缺失'])[1 + g % 6] || '（' || g || '）',
      '生成的隐患描述 ' || g,
      case when g % 10 < 7 then 'closed' when g % 10 = 7 then 'rectifying' when g % 10 = 8 then 'accepting'
           when g % 20 = 9 then 'reported' else 'confirmed' end,
      case when g % 20 = 0 then 'major' else 'general' end,
      1 + g % 10, 1 + g % 8, 'deadline',
      case when g % 5 = 0 then ('00000000-0000-4000-8000-' || lpad((g % 2000)::text, 12, '0'))::uuid end,
      now() - make_interval(mins => g * 15),
      '${owner}', case when g % 3 = 0 then '${owner}'::uuid end,
      (now() + make_interval(days => 30 - g % 60))::date, '整改措施'
    from generate_series(1, ${N}) g`);
  await run('analyze');

  const app = await buildApp({ config, db, databaseKind: database.kind });
  await app.listen({ port: 3192, host: '127.0.0.1' });
  const base = 'http://127.0.0.1:3192';
  const r = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'anquan', password: 'Demo@2026' }),
  });
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  async function measure(url: string, withCookie = true) {
    const times: number[] = [];
    for (let i = 0; i < SAMPLES + 20; i++) {
      const t0 = performance.now();
      const res = await fetch(`${base}${url}`, { headers: withCookie ? { cookie } : {} });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      if (i >= 20) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => Number((times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(2));
    return { p50: at(0.5), p95: at(0.95) };
  }
  const list = `/api/v1/enterprises/${enterpriseId}/hazards`;
  const first = (await (await fetch(`${base}${list}?limit=50`, { headers: { cookie } })).json()) as {
    nextCursor: string;
  };
  const health = await measure('/api/health', false);
  const scenarios: Record<string, { p50: number; p95: number }> = {
    'first page, newest first': await measure(`${list}?limit=50`),
    'second page (keyset cursor)': await measure(`${list}?limit=50&cursor=${first.nextCursor}`),
    'open states': await measure(`${list}?state=reported,confirmed,rectifying,accepting`),
    overdue: await measure(`${list}?overdue=true`),
    major: await measure(`${list}?grade=major`),
    mine: await measure(`${list}?mine=true`),
    'awaiting my acceptance': await measure(`${list}?awaitingMyAcceptance=true`),
    'source 日常排查': await measure(`${list}?dangerSrc=1`),
    'date range (a month)': await measure(`${list}?from=2026-01-01&to=2026-01-31`),
    'keyword in name or description': await measure(`${list}?q=${encodeURIComponent('静电接地')}`),
    'sorted by deadline': await measure(`${list}?sort=deadline&order=asc`),
    'sorted by grade': await measure(`${list}?sort=grade`),
    'sorted by state, page 20': await measure(
      `${list}?sort=state&cursor=${Buffer.from(JSON.stringify({ offset: 950 })).toString('base64url')}`,
    ),
  };
  console.log(
    JSON.stringify(
      {
        hazards: N,
        samples: SAMPLES,
        healthMs: health,
        scenarios: Object.fromEntries(
          Object.entries(scenarios).map(([k, v]) => [
            k,
            { ...v, p95VsHealth: Number((v.p95 / health.p95).toFixed(1)) },
          ]),
        ),
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
