// Gzipped JavaScript a first visit downloads: the entry, its static imports, and one route's chunk.
// Usage: node scripts/bundle-size.mjs [route-source ...]  (default: the login page)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const routes = process.argv.slice(2);
const roots = [
  'index.html',
  ...(routes.length ? routes : ['src/features/identity/routes/login/login-page.tsx']),
];

const files = new Set();
const visit = (key) => {
  const entry = manifest[key];
  if (!entry || files.has(entry.file)) return;
  files.add(entry.file);
  for (const child of entry.imports ?? []) visit(child);
};
for (const root of roots) {
  if (!manifest[root]) throw new Error(`${root} is not in the manifest`);
  visit(root);
}
let raw = 0;
let gzip = 0;
for (const file of files) {
  const bytes = readFileSync(join(dist, file));
  raw += bytes.length;
  gzip += gzipSync(bytes, { level: 9 }).length;
}
console.log(
  `${roots.slice(1).join(' + ')}: ${files.size} files, ${(raw / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzipped`,
);
