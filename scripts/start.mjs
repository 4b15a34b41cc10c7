// `npm start`: builds the web app and the server when their sources are newer than the builds, then
// runs the compiled server with plain Node (embedded PostgreSQL in ./data unless DATABASE_URL is set).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const web = join(root, 'apps/web');

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

// START_SKIP_WEB_BUILD: for tests that start the API alone.
if (existsSync(join(web, 'vite.config.ts')) && process.env.START_SKIP_WEB_BUILD !== 'true') {
  const built = join(web, 'dist/index.html');
  const sources = Math.max(newest(join(web, 'src')), newest(join(root, 'packages/contracts/src')));
  if (!existsSync(built) || statSync(built).mtimeMs < sources) {
    console.log('Building the web app…');
    const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: web, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

const serverDir = join(root, 'apps/server');
const serverBuild = join(serverDir, 'dist/main.js');
const serverSources = Math.max(
  newest(join(serverDir, 'src')),
  newest(join(root, 'packages/contracts/src')),
  statSync(join(serverDir, 'package.json')).mtimeMs,
);
if (!existsSync(serverBuild) || statSync(serverBuild).mtimeMs < serverSources) {
  console.log('Building the server…');
  const r = spawnSync(process.execPath, [join(serverDir, 'build.mjs')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const server = spawn(process.execPath, ['--enable-source-maps', serverBuild], {
  cwd: root,
  stdio: 'inherit',
});
// Stopping `npm start` stops the server: the signal is passed on, and this process waits for the
// server's graceful shutdown instead of leaving it running with the port and the database.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
