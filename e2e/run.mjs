// Browser specs: installs Debian's Chromium when missing, builds the web app, and runs Playwright
// against a server on a fresh embedded database seeded with the demo county.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() !== 0) {
    console.error(`Chromium not found at ${CHROMIUM}; install it with: apt-get install -y chromium`);
    process.exit(1);
  }
  console.log('Installing Chromium (Debian package chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { env });
}

// A build of its own (not apps/web/dist): a concurrent `vite build` there would swap the asset
// hashes under the running server and blank every page. playwright.config.ts passes it as WEB_DIST.
const webDist = join(root, '.tmp/e2e-web');
run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', webDist, '--emptyOutDir'], {
  cwd: join(root, 'apps/web'),
});
rmSync(join(root, '.tmp/e2e-data'), { recursive: true, force: true });
const r = spawnSync(
  'npx',
  ['playwright', 'test', '--config', 'e2e/playwright.config.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, CHROMIUM_PATH: CHROMIUM },
  },
);
process.exit(r.status ?? 1);
