// 一企一档 of one enterprise holding 5,000 hazards and 10,000 photos (60 KB each, incompressible,
// so the archive is about 600 MB), downloaded over HTTP from a server on PostgreSQL. The server
// streams: the figure that matters is the peak growth of the process's resident memory during
// the download, not the archive's size. Usage: npx tsx bench/hazard-archive.ts
//   (prints JSON: hazards, photos, archive MB, seconds, MB/s, RSS before and peak growth in MB)
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { buildApp } from '../apps/server/src/app/build-app.ts';
import { loadConfig } from '../apps/server/src/app/config.ts';
import { openAppDatabase } from '../apps/server/src/app/open-app-database.ts';
import { demoIds } from '../apps/server/src/seed/demo-ids.ts';
import { seedDemoIfEmpty } from '../apps/server/src/seed/seed-demo.ts';
import { useAuditKey } from '../apps/server/src/platform/audit/index.ts';
import { startPostgres } from '../scripts/pg-server.mjs';

const HAZARDS = Number(process.env.BENCH_HAZARDS ?? 5_000);
const PHOTO_BYTES = Number(process.env.BENCH_PHOTO_BYTES ?? 60_000);
const DATA_DIR = '.tmp/bench-hazard-archive';
const pg = startPostgres({ port: 54394 });
try {
  await rm(DATA_DIR, { recursive: true, force: true });
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: pg.url,
    LOG_LEVEL: 'silent',
    PORT: '3193',
    DATA_DIR,
  });
  useAuditKey(config.auditKey);
  const database = await openAppDatabase(config);
  const db = database.db;
  await seedDemoIfEmpty(db);
  const enterpriseId = demoIds.enterprise('hongda-chemical');
  const owner = demoIds.user('anquan');
  const run = (script: string) => database.withScriptSession((exec) => exec(script));
  // Hazards over two years, most closed; two photos each (before and after), as files on disk.
  await run(`
    insert into hazards (enterprise_id, id, name, description, state, grade, danger_src, hazard_type,
      rectification_type, registered_at, registrant_id, owner_user_id, deadline, measures)
    select '${enterpriseId}', ('00000000-0000-4000-9000-' || lpad(g::text, 12, '0'))::uuid,
      (array['呼吸阀锈蚀','静电接地线松动','压力表超期','防火堤排水阀未关','消防通道占用','护栏缺失'])[1 + g % 6] || '（' || g || '）',
      '生成的隐患描述 ' || g,
      case when g % 10 < 8 then 'closed' else 'rectifying' end,
      case when g % 20 = 0 then 'major' else 'general' end,
      1 + g % 10, 1 + g % 8, 'deadline',
      now() - make_interval(hours => g * 3),
      '${owner}', '${owner}', (now() + make_interval(days => 30 - g % 60))::date, '整改措施'
    from generate_series(1, ${HAZARDS}) g;
    insert into files (enterprise_id, id, storage_key, original_name, mime_type, size_bytes, sha256)
    select '${enterpriseId}', ('00000000-0000-4000-a000-' || lpad(g::text, 12, '0'))::uuid,
      '${enterpriseId}/bench/' || g, 'photo.jpg', 'image/jpeg', ${PHOTO_BYTES}, repeat('0', 64)
    from generate_series(1, ${HAZARDS * 2}) g;
    insert into hazard_photos (enterprise_id, hazard_id, file_id, kind)
    select '${enterpriseId}', ('00000000-0000-4000-9000-' || lpad(((g + 1) / 2)::text, 12, '0'))::uuid,
      ('00000000-0000-4000-a000-' || lpad(g::text, 12, '0'))::uuid,
      case when g % 2 = 1 then 'before' else 'after' end
    from generate_series(1, ${HAZARDS * 2}) g;
    analyze;`);
  const folder = join(DATA_DIR, 'files', enterpriseId, 'bench');
  await mkdir(folder, { recursive: true });
  for (let g = 1; g <= HAZARDS * 2; g++) await writeFile(join(folder, String(g)), randomBytes(PHOTO_BYTES));

  const app = await buildApp({ config, db, databaseKind: database.kind });
  await app.listen({ port: 3193, host: '127.0.0.1' });
  const base = 'http://127.0.0.1:3193';
  const r = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'anquan', password: 'Demo@2026' }),
  });
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  let peakAtBytes = 0;
  let bytes = 0;
  const sampler = setInterval(() => {
    const rss = process.memoryUsage().rss;
    if (rss > peak) {
      peak = rss;
      peakAtBytes = bytes;
    }
  }, 50);
  const mb = (n: number) => Number((n / 1024 / 1024).toFixed(1));
  const t0 = performance.now();
  // The client is another process, so the figures are the server's alone: it reads the archive to
  // the end as fast as it can and prints the byte count; the server's memory is sampled meanwhile.
  const along: { archiveMB: number; rssMB: number; heapMB: number; externalMB: number }[] = [];
  const client = spawn(
    process.execPath,
    [
      '-e',
      `const http = require('node:http');
       http.get(process.argv[1], { headers: { cookie: process.argv[2] } }, (res) => {
         if (res.statusCode !== 200) { console.error('status', res.statusCode); process.exit(1); }
         let n = 0, mark = 0;
         res.on('data', (c) => { n += c.length; if (n >= mark + 104857600) { mark += 104857600; process.stdout.write('progress ' + n + '\\n'); } });
         res.on('end', () => process.stdout.write('total ' + n + '\\n'));
       });`,
      `${base}/api/v1/enterprises/${enterpriseId}/hazards/archive.zip`,
      cookie,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  for await (const line of createInterface({ input: client.stdout })) {
    const [kind, n] = line.split(' ');
    bytes = Number(n);
    if (kind === 'progress') {
      // With --expose-gc (BENCH_GC=1), what is still alive rather than what awaits collection.
      if (process.env.BENCH_GC) global.gc?.();
      const m = process.memoryUsage();
      along.push({
        archiveMB: mb(bytes),
        rssMB: mb(m.rss),
        heapMB: mb(m.heapUsed),
        externalMB: mb(m.external),
      });
    }
  }
  if (bytes === 0) throw new Error('archive: nothing received');
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  console.log(
    JSON.stringify(
      {
        hazards: HAZARDS,
        photos: HAZARDS * 2,
        archiveMB: mb(bytes),
        seconds: Number(seconds.toFixed(1)),
        mbPerSecond: Number((bytes / 1024 / 1024 / seconds).toFixed(1)),
        rssBeforeMB: mb(before),
        rssPeakGrowthMB: mb(peak - before),
        peakAtArchiveMB: mb(peakAtBytes),
        archiveToGrowth: Number((bytes / Math.max(1, peak - before)).toFixed(1)),
        along,
      },
      null,
      2,
    ),
  );
  await app.close();
  await database.close();
} finally {
  pg.stop();
  await rm(DATA_DIR, { recursive: true, force: true });
}
