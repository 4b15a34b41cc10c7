// `npm run build` (server part): bundles the server and its CLI to JavaScript in dist/, so that
// production runs plain Node with no transpiler in the process. npm packages stay external (loaded
// from node_modules as they are); the workspace's own TypeScript (contracts) is bundled in.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const here = import.meta.dirname;
const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {}).filter((name) => !name.startsWith('@shuangkong/'));

rmSync(join(here, 'dist'), { recursive: true, force: true });
await build({
  entryPoints: { main: join(here, 'src/main.ts'), 'audit-verify': join(here, 'src/cli/audit-verify.ts') },
  outdir: join(here, 'dist'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: [...external, ...external.map((name) => `${name}/*`)],
  // Bundled ESM still needs require() for the few CommonJS packages that call it internally.
  banner: {
    js: "import { createRequire as __skRequire } from 'node:module'; const require = __skRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
