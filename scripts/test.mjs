// `npm test`: the format check, lint (with the module-boundary rule) and typecheck, then every test,
// on the embedded database and on a real PostgreSQL server, then the browser specs. Prints one
// closing line: "N passed, N failed, N skipped" (each check counts as one).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startPostgres } from './pg-server.mjs';

const root = join(import.meta.dirname, '..');
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const only = process.argv.slice(2); // e.g. `npm test -- server-pglite`
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function vitest(name, cwd, env = {}) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n=== ${name} ===`);
  const report = join(tmp, `vitest-${name}.json`);
  rmSync(report, { force: true });
  const r = spawnSync(
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    {
      cwd: join(root, cwd),
      stdio: 'inherit',
      env: { ...process.env, TZ: 'UTC', ...env },
    },
  );
  count(name, report, r.status);
}

function count(name, report, status) {
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests ?? 0;
    totals.failed += json.numFailedTests ?? 0;
    totals.skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    if ((json.numFailedTests ?? 0) > 0 || status !== 0) failures.push(name);
  } else if (status !== 0) {
    totals.failed += 1;
    failures.push(name);
  }
}

/** A check that is not a test runner (format, lint, typecheck): one passed or failed count each. */
function check(name, cmd, args) {
  if (only.length && !only.includes(name) && !only.includes('checks')) return;
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status === 0) {
    totals.passed += 1;
  } else {
    totals.failed += 1;
    failures.push(name);
  }
}

// The module boundaries are a lint rule: CI sees them only if the test command runs lint.
check('format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
check('lint', 'npx', ['eslint', '.']);
check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
vitest('tools', '.'); // the repository's ESLint rules (vitest.config.ts at the root)
vitest('contracts', 'packages/contracts');
vitest('server-pglite', 'apps/server');
if (!only.length || only.includes('server-postgres')) {
  // A port per run, so that two test runs on one machine never stop each other's server.
  const pg = startPostgres({ port: Number(process.env.PG_TEST_PORT ?? 54000 + (process.pid % 900)) });
  try {
    vitest('server-postgres', 'apps/server', { TEST_DATABASE_URL: pg.url });
  } finally {
    pg.stop();
  }
}
if (existsSync(join(root, 'apps/web/vitest.config.ts'))) vitest('web', 'apps/web');

if (!only.length || only.includes('e2e')) {
  if (existsSync(join(root, 'e2e/playwright.config.ts'))) {
    console.log('\n=== e2e ===');
    const report = join(tmp, 'playwright.json');
    const r = spawnSync('node', ['e2e/run.mjs'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
    });
    if (existsSync(report)) {
      const stats = JSON.parse(readFileSync(report, 'utf8')).stats ?? {};
      totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
      totals.failed += stats.unexpected ?? 0;
      totals.skipped += stats.skipped ?? 0;
      if (stats.flaky) console.log(`\n${stats.flaky} browser spec(s) passed only on the retry (flaky)`);
      if ((stats.unexpected ?? 0) > 0 || r.status !== 0) failures.push('e2e');
    } else if (r.status !== 0) {
      totals.failed += 1;
      failures.push('e2e');
    }
  }
}

if (failures.length) console.log(`\nFailed suites: ${failures.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length || totals.failed ? 1 : 0);
