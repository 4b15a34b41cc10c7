import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The server package's folder (where `migrations/` lives), found from wherever this code runs:
 * `src/app/` under tsx in development and tests, or the bundle in `dist/` in production.
 */
export function serverRoot(from: string = import.meta.dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'migrations')) && existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No server package folder above ${from}`);
  }
}
