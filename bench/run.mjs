// `npm run bench [name…]`: runs the benchmark scenarios (all, or those named) one after another and
// prints each one's JSON. Figures and how to read them: docs/PERFORMANCE.md.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const scenarios = {
  startup: ['node', ['bench/startup.mjs']],
  'startup-postgres': ['node', ['bench/startup.mjs', '--postgres']],
  registry: ['npx', ['tsx', 'bench/registry.ts']],
  'risk-tree': ['npx', ['tsx', 'bench/risk-tree.ts']],
  'risk-excel': ['npx', ['tsx', 'bench/risk-excel.ts', '--postgres']],
  outbox: ['npx', ['tsx', 'bench/outbox.ts']],
  'outbox-postgres': ['npx', ['tsx', 'bench/outbox.ts', '--postgres']],
  'inspection-generate': ['npx', ['tsx', 'bench/inspection-generate.ts']],
  'inspection-submit': ['npx', ['tsx', 'bench/inspection-submit.ts']],
  'hazard-list': ['npx', ['tsx', 'bench/hazard-list.ts']],
  'hazard-archive': ['npx', ['tsx', 'bench/hazard-archive.ts']],
  'supervision-dashboard': ['npx', ['tsx', 'bench/supervision-dashboard.ts']],
  'regional-map': ['npx', ['tsx', 'bench/regional-map.ts']],
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in scenarios));
if (unknown.length) {
  console.error(`Unknown scenario(s): ${unknown.join(', ')}. Known: ${Object.keys(scenarios).join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const [name, [cmd, args]] of Object.entries(scenarios)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
