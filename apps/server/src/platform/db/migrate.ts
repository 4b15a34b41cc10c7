import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './database.ts';

const NAME = /^\d{12}__[a-z0-9-]+__[a-z0-9-]+\.sql$/;
const LOCK_KEY = 727274;

export type MigrationResult = { applied: string[] };

function quote(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * Applies forward-only SQL migrations in name order, each in its own transaction, under an
 * advisory lock so that several server processes starting together apply each file once.
 */
export async function migrate<DB>(database: Database<DB>, dir: string): Promise<MigrationResult> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  for (const f of files) {
    if (!NAME.test(f)) throw new Error(`Migration file name ${f} must match ${NAME}`);
  }
  return database.withScriptSession(async (run) => {
    await run(`create table if not exists schema_migrations (
      name text primary key,
      checksum text not null,
      applied_at timestamptz not null default now())`);
    await run(`select pg_advisory_lock(${LOCK_KEY})`);
    const applied: string[] = [];
    try {
      const [rows] = await run('select name, checksum from schema_migrations');
      const known = new Map((rows as { name: string; checksum: string }[]).map((r) => [r.name, r.checksum]));
      for (const file of files) {
        const text = readFileSync(join(dir, file), 'utf8');
        const checksum = createHash('sha256').update(text).digest('hex');
        const seen = known.get(file);
        if (seen !== undefined) {
          if (seen !== checksum) throw new Error(`Migration ${file} changed after it was applied`);
          continue;
        }
        try {
          await run(
            `begin;\n${text}\n;\ninsert into schema_migrations (name, checksum) values (${quote(file)}, ${quote(checksum)});\ncommit;`,
          );
        } catch (error) {
          await run('rollback').catch(() => undefined);
          throw new Error(`Migration ${file} failed: ${(error as Error).message}`, { cause: error });
        }
        applied.push(file);
      }
      return { applied };
    } finally {
      await run(`select pg_advisory_unlock(${LOCK_KEY})`);
    }
  });
}
