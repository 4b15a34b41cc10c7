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

export type SchemaStatus =
  | { state: 'current' }
  | { state: 'empty' }
  | { state: 'behind'; missing: string[] }
  | { state: 'ahead'; unknown: string[] }
  | { state: 'changed'; changed: string[] };

/**
 * Compares the migrations applied to a database with the files of this code, without changing
 * anything: tools that only read (audit verification of a backup) must refuse a schema they were
 * not written for instead of migrating it.
 */
export async function schemaStatus<DB>(database: Database<DB>, dir: string): Promise<SchemaStatus> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  return database.withScriptSession(async (run) => {
    const [exists] = await run(`select to_regclass('schema_migrations') is not null as ok`);
    if (!(exists as { ok: boolean }[])[0]?.ok) return { state: 'empty' };
    const [rows] = await run('select name, checksum from schema_migrations');
    const known = new Map((rows as { name: string; checksum: string }[]).map((r) => [r.name, r.checksum]));
    const unknown = [...known.keys()].filter((name) => !files.includes(name)).sort();
    if (unknown.length) return { state: 'ahead', unknown };
    const missing = files.filter((f) => !known.has(f));
    if (missing.length) return { state: 'behind', missing };
    const changed = files.filter(
      (f) =>
        known.get(f) !==
        createHash('sha256')
          .update(readFileSync(join(dir, f), 'utf8'))
          .digest('hex'),
    );
    if (changed.length) return { state: 'changed', changed };
    return { state: 'current' };
  });
}
