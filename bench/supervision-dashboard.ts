// The regulators' home figures (GET /api/v1/supervision/dashboard) over a county of 20,000
// generated enterprises with their registers, hazards and 5,000,000 inspection records, on
// PostgreSQL, warm. Usage: npm run bench supervision-dashboard   (prints JSON: p50/p95 per remit
// and the ratio to /api/health measured in the same run). Figures: docs/PERFORMANCE.md.
import { buildApp } from '../apps/server/src/app/build-app.ts';
import { loadConfig } from '../apps/server/src/app/config.ts';
import { openAppDatabase } from '../apps/server/src/app/open-app-database.ts';
import { seedDemoIfEmpty } from '../apps/server/src/seed/seed-demo.ts';
import { useAuditKey } from '../apps/server/src/platform/audit/index.ts';
import { startPostgres } from '../scripts/pg-server.mjs';

const N = Number(process.env.BENCH_ENTERPRISES ?? 20_000);
const RECORDS = Number(process.env.BENCH_INSPECTION_RECORDS ?? 5_000_000);
const SAMPLES = 200;
const PORT = 3441;
const pg = startPostgres({ port: 55441 });
try {
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: pg.url,
    LOG_LEVEL: 'silent',
    PORT: String(PORT),
    DATA_DIR: '.tmp/bench-supervision-dashboard',
  });
  useAuditKey(config.auditKey);
  const database = await openAppDatabase(config);
  const db = database.db;
  await seedDemoIfEmpty(db);
  const run = (script: string) => database.withScriptSession((exec) => exec(script));
  const started = performance.now();
  // Enterprises over the demo county's grids and industries (as bench/registry.ts), one in seven
  // of a high-risk industry.
  await run(`
    with grids as (select code, path, row_number() over (order by code) - 1 as i, count(*) over () as n
                   from jurisdictions where level = 'grid')
    insert into enterprises (id, name, credit_code, address, jurisdiction_code, jurisdiction_path, scale,
      is_high_risk, principal_name, principal_phone, contact_name, contact_phone, status)
    select gen_random_uuid(), '生成企业' || g || '有限公司', 'BENCH' || lpad(g::text, 13, '0'),
      '青溪县生成路' || g || '号', grids.code, grids.path, 'small', g % 7 = 0,
      '张三', '13800000000', '李四', '13800000001', 'approved'
    from generate_series(1, ${N}) g join grids on grids.i = g % grids.n`);
  await run(`
    insert into enterprise_industries (enterprise_id, industry_code)
    select e.id, i.code from enterprises e
    join (select code, row_number() over (order by code) - 1 as i, count(*) over () as n from industries) i
      on i.i = abs(hashtext(e.id::text)) % i.n
    where e.credit_code like 'BENCH%'`);
  // Registers: two risk points and ten units per enterprise; one enterprise in 25 has a major
  // source (grades 1–4). Unit levels: 2 % major, 8 % significant, 40 % general, 40 % low, 10 % not
  // assessed; 1 % out of control (a missed check); 1 % archived.
  await run(`
    create unlogged table bench_ents as
      select id, row_number() over (order by id) as n from enterprises where credit_code like 'BENCH%';
    insert into risk_objects (enterprise_id, id, code, name, kind, is_major_source, major_source_code,
      major_source_grade)
    select e.id, gen_random_uuid(), 'RP-' || o, '风险点' || o, 'facility',
      o = 1 and e.n % 25 = 0,
      case when o = 1 and e.n % 25 = 0 then 'MS-' || e.n end,
      case when o = 1 and e.n % 25 = 0 then 1 + (e.n / 25) % 4 end
    from bench_ents e cross join generate_series(1, 2) o;
    insert into risk_units (enterprise_id, id, object_id, code, name, current_level, residual_level,
      out_of_control_reason, archived_at)
    select o.enterprise_id, gen_random_uuid(), o.id, o.code || '-' || u, '风险单元' || u, l.level, l.level,
      case when h % 100 = 7 then '未按期排查' end,
      case when h % 100 = 42 then now() end
    from risk_objects o
    join bench_ents e on e.id = o.enterprise_id
    cross join generate_series(1, 5) u
    cross join lateral (select abs(hashtext(o.id::text || u)) as h) x
    cross join lateral (select case when h % 50 = 0 then 'major' when h % 50 < 5 then 'significant'
      when h % 50 < 25 then 'general' when h % 50 < 45 then 'low' end as level) l;
    insert into risk_unit_level_history (enterprise_id, id, unit_id, from_level, to_level, cause, at)
    select u.enterprise_id, gen_random_uuid(), u.id, 'general', u.current_level, 'assessment',
      now() - make_interval(days => abs(hashtext(u.id::text)) % 60)
    from risk_units u join bench_ents e on e.id = u.enterprise_id
    where u.current_level in ('major', 'significant')`);
  // Hazards: five per enterprise, a third open, one in twenty major, deadlines around today.
  await run(`
    insert into hazards (enterprise_id, id, name, description, state, grade, danger_src, registered_at,
      deadline)
    select e.id, gen_random_uuid(), '生成隐患' || h, '—',
      case when (e.n + h) % 3 = 0 then (array['confirmed', 'rectifying', 'accepting'])[1 + ((e.n / 3 + h) % 3)::int]
           else 'closed' end,
      case when (e.n * 5 + h) % 20 = 0 then 'major' else 'general' end,
      1, now() - make_interval(days => h * 30), (now() + make_interval(days => (20 - (e.n + h * 7) % 40)::int))::date
    from bench_ents e cross join generate_series(1, 5) h`);
  // Inspection: 500,000 tasks and 5,000,000 records (ten per task) over the last year. The chain
  // of checklists and items above them is not read by the dashboard, so the generator skips the
  // foreign-key triggers for this bulk load (session_replication_role) instead of building it.
  await run(`
    set session_replication_role = replica;
    create unlogged table bench_units as
      select enterprise_id, id, row_number() over (order by enterprise_id, id) as n
      from risk_units where archived_at is null;
    insert into inspection_tasks (enterprise_id, id, item_id, measure_id, unit_id, period_start, due_date,
      starts_at, ends_at, check_cycle, check_cycle_unit, day_type, work_type, status)
    select u.enterprise_id, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), u.id,
      'B' || to_char(now() - make_interval(days => t), 'YYYY-MM-DD'), (now() - make_interval(days => t))::date,
      now() - make_interval(days => t + 1), now() - make_interval(days => t), 1, 'day', 'everyDay', 'routine',
      case when t % 50 = 0 then 'notChecked' else 'done' end
    from bench_units u cross join generate_series(1, ceil(${RECORDS / 10}::numeric / (select count(*) from bench_units))::int) t
    limit ${Math.ceil(RECORDS / 10)};
    insert into inspection_records (enterprise_id, id, task_id, check_time, check_status, checked_by_name)
    select t.enterprise_id, gen_random_uuid(), t.id, t.starts_at + make_interval(mins => r * 7),
      case when r = 10 and t.status = 'notChecked' then 'notChecked'
           when r % 9 = 0 then 'hazardFound' else 'normal' end, '生成'
    from inspection_tasks t cross join generate_series(1, 10) r
    where t.period_start like 'B%';
    set session_replication_role = default`);
  await run('drop table bench_ents; drop table bench_units');
  await run('vacuum analyze');
  const generatedSeconds = Number(((performance.now() - started) / 1000).toFixed(1));

  const app = await buildApp({ config, db, databaseKind: database.kind });
  await app.listen({ port: PORT, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${PORT}`;
  async function login(username: string) {
    const r = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: username, password: 'Demo@2026' }),
    });
    return (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }
  async function measure(url: string, cookie: string, samples = SAMPLES) {
    const times: number[] = [];
    for (let i = 0; i < samples + 20; i++) {
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
  const dashboard = '/api/v1/supervision/dashboard';
  const bureau = await login('yingji');
  const figures = (await (await fetch(`${base}${dashboard}`, { headers: { cookie: bureau } })).json()) as {
    data: { enterprises: { total: number }; risks: unknown; hazards: unknown };
  };
  const health = await measure('/api/health', '');
  const scenarios = {
    'emergency bureau (whole county, every industry)': await measure(dashboard, bureau),
    'housing bureau (industry remit)': await measure(dashboard, await login('zhujian')),
    'industrial park (township remit)': await measure(dashboard, await login('xiangzhen')),
  };
  // The pages that grade every enterprise of the county too (50 samples each): the map's data and
  // the 分级监管 list.
  const alsoGradingTheCounty = {
    'map data, whole county': await measure('/api/v1/supervision/map/data', bureau, 50),
    'tier list, whole county': await measure('/api/v1/supervision/tiers', bureau, 50),
  };
  const [counts] = await run(`select (select count(*) from enterprises)::int as enterprises,
      (select count(*) from risk_units)::int as units, (select count(*) from hazards)::int as hazards,
      (select count(*) from inspection_records)::int as "inspectionRecords"`);
  console.log(
    JSON.stringify(
      {
        data: (counts as Record<string, number>[])[0],
        generatedSeconds,
        bureauSees: figures.data,
        samples: SAMPLES,
        healthMs: health,
        scenarios: Object.fromEntries(
          Object.entries(scenarios).map(([k, v]) => [
            k,
            { ...v, p95VsHealth: Number((v.p95 / health.p95).toFixed(1)) },
          ]),
        ),
        alsoGradingTheCounty,
      },
      null,
      2,
    ),
  );
  await app.close();
  await database.close();
  // BENCH_HOLD=1 keeps the generated county for EXPLAIN (psql on the printed URL) until Ctrl-C.
  if (process.env.BENCH_HOLD) {
    console.error(`holding ${pg.url}; Ctrl-C stops the server`);
    await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  }
} finally {
  pg.stop();
}
