// Enterprise registry page for regulators over 20,000 generated enterprises, on PostgreSQL.
// Usage: npx tsx bench/registry.ts   (prints JSON: p50/p95 per scenario, and the ratio to /api/health)
import { buildApp } from '../apps/server/src/app/build-app.ts';
import { loadConfig } from '../apps/server/src/app/config.ts';
import { openAppDatabase } from '../apps/server/src/app/open-app-database.ts';
import { seedDemoIfEmpty } from '../apps/server/src/seed/seed-demo.ts';
import { startPostgres } from '../scripts/pg-server.mjs';

const N = Number(process.env.BENCH_ENTERPRISES ?? 20_000);
const SAMPLES = 300;
const pg = startPostgres({ port: 54392 });
try {
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: pg.url,
    LOG_LEVEL: 'silent',
    PORT: '3191',
    DATA_DIR: '.tmp/bench-registry',
  });
  const database = await openAppDatabase(config);
  const db = database.db;
  await seedDemoIfEmpty(db);
  // Spread generated enterprises over the demo county's grids and industries.
  const run = (script: string) => database.withScriptSession((exec) => exec(script));
  await run(`
    with grids as (select code, path, row_number() over (order by code) - 1 as i, count(*) over () as n
                   from jurisdictions where level = 'grid'),
         inds as (select code, row_number() over (order by code) - 1 as i, count(*) over () as n
                  from industries where parent_code is null or parent_code is not null)
    insert into enterprises (id, name, credit_code, address, jurisdiction_code, jurisdiction_path, scale,
      is_high_risk, principal_name, principal_phone, contact_name, contact_phone, status)
    select gen_random_uuid(), '生成企业' || g || '有限公司', 'BENCH' || lpad(g::text, 13, '0'),
      '青溪县生成路' || g || '号', grids.code, grids.path, 'small', g % 7 = 0,
      '张三', '13800000000', '李四', '13800000001', case when g % 50 = 0 then 'pending' else 'approved' end
    from generate_series(1, ${N}) g join grids on grids.i = g % grids.n`);
  await run(`
    insert into enterprise_industries (enterprise_id, industry_code)
    select e.id, i.code from enterprises e
    join (select code, row_number() over (order by code) - 1 as i, count(*) over () as n from industries) i
      on i.i = abs(hashtext(e.id::text)) % i.n
    where e.credit_code like 'BENCH%'`);
  await run('analyze');

  const app = await buildApp({ config, db, databaseKind: database.kind });
  await app.listen({ port: 3191, host: '127.0.0.1' });
  const base = 'http://127.0.0.1:3191';
  async function login(username: string) {
    const r = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: username, password: 'Demo@2026' }),
    });
    return (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }
  async function measure(url: string, cookie: string) {
    const times: number[] = [];
    for (let i = 0; i < SAMPLES + 20; i++) {
      const t0 = performance.now();
      const r = await fetch(`${base}${url}`, { headers: { cookie } });
      await r.arrayBuffer();
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      if (i >= 20) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => Number((times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(2));
    return { p50: at(0.5), p95: at(0.95) };
  }
  const bureau = await login('yingji');
  const housing = await login('zhujian');
  const health = await measure('/api/health', '');
  const scenarios = {
    'emergency bureau, first page (all enterprises in county)': await measure(
      '/api/v1/enterprises?page=1&pageSize=20',
      bureau,
    ),
    'emergency bureau, page 50 filtered by township': await measure(
      '/api/v1/enterprises?page=5&pageSize=20&jurisdictionCode=990102001000',
      bureau,
    ),
    'emergency bureau, keyword search': await measure(
      `/api/v1/enterprises?q=${encodeURIComponent('生成企业1999')}`,
      bureau,
    ),
    'housing bureau (industry remit), first page': await measure(
      '/api/v1/enterprises?page=1&pageSize=20',
      housing,
    ),
  };
  const [totalRows] = await run('select count(*)::int as n from enterprises');
  const total = { rows: totalRows as { n: number }[] };
  console.log(
    JSON.stringify(
      {
        enterprises: total.rows[0]?.n,
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
