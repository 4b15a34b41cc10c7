// Start-up time and idle memory of the server on an existing database.
// Usage: node bench/startup.mjs [--postgres] [--tsx]   (prints JSON)
// Default: the compiled server (apps/server/dist, as `npm start` runs it); --tsx: the TypeScript
// sources through tsx's loader, as before the production build existed.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startPostgres } from '../scripts/pg-server.mjs';

const root = join(import.meta.dirname, '..');
const usePostgres = process.argv.includes('--postgres');
const useTsx = process.argv.includes('--tsx');
const serverArgs = useTsx
  ? ['--import', 'tsx', 'apps/server/src/main.ts']
  : ['--enable-source-maps', 'apps/server/dist/main.js'];
const PORT = 3190;
const dataDir = join(root, '.tmp/bench-startup');

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function startOnce(env) {
  const t0 = performance.now();
  const child = spawn(process.execPath, serverArgs, {
    cwd: root,
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, JOBS_ENABLED: 'false', ...env },
    stdio: 'ignore',
  });
  for (;;) {
    try {
      const r = await fetch(`http://127.0.0.1:${PORT}/api/health`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    await sleep(25);
  }
  const readyMs = performance.now() - t0;
  await sleep(5000);
  const idleRssMb = rssMb(child.pid);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return { readyMs: Math.round(readyMs), idleRssMb: Math.round(idleRssMb) };
}

let pg;
const env = {};
if (usePostgres) {
  pg = startPostgres({ port: 54391 });
  env.DATABASE_URL = pg.url;
}
try {
  rmSync(dataDir, { recursive: true, force: true });
  const first = await startOnce(env); // creates, migrates and seeds the database
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await startOnce(env));
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    JSON.stringify(
      {
        database: usePostgres ? 'postgres' : 'pglite',
        firstStartMs: first.readyMs,
        warmStartMedianMs: median(runs.map((r) => r.readyMs)),
        idleRssMedianMb: median(runs.map((r) => r.idleRssMb)),
        runs,
      },
      null,
      2,
    ),
  );
} finally {
  pg?.stop();
}
