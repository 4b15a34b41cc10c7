import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { DB } from '../src/app/db-schema.ts';
import { openDatabase, type Database } from '../src/platform/db/database.ts';

export const TEMPLATE_DB = 'sk_test_template';

export function templateFile(): string {
  return join(import.meta.dirname, '../../../.tmp/pglite-template.tar');
}

/** A fresh, migrated database for one test file: a clone of the template (PostgreSQL) or snapshot (PGlite). */
export async function openTestDatabase(): Promise<Database<DB>> {
  const url = inject('databaseUrl');
  if (!url) {
    const snapshot = new Blob([readFileSync(templateFile())]);
    return openDatabase<DB>({ loadDataDir: snapshot });
  }
  const name = `sk_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${TEMPLATE_DB}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase<DB>({ url: u.toString(), poolSize: 4 });
  const close = database.close;
  return {
    ...database,
    async close() {
      await close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
