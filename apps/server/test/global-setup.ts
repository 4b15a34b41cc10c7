import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { MIGRATIONS_DIR } from '../src/app/open-app-database.ts';
import { syncReferenceData } from '../src/app/reference-data.ts';
import type { DB } from '../src/app/db-schema.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { TEMPLATE_DB, templateFile } from './test-database.ts';

/**
 * Migrates once per run: on PostgreSQL into a template database every test file clones; on PGlite
 * into a data-directory snapshot every test file loads. Either way a file starts from a clean schema.
 */
export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
    await admin.query(`create database ${TEMPLATE_DB}`);
    await admin.end();
    const database = await openDatabase<DB>({ url: withDatabase(url, TEMPLATE_DB), poolSize: 1 });
    await migrate(database, MIGRATIONS_DIR);
    await syncReferenceData(database.db);
    await database.close();
    project.provide('databaseUrl', url);
    return;
  }
  const database = await openDatabase<DB>({});
  await migrate(database, MIGRATIONS_DIR);
  await syncReferenceData(database.db);
  const dump = await database.dumpDataDir?.();
  await database.close();
  if (!dump) throw new Error('PGlite snapshot failed');
  const file = templateFile();
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('databaseUrl', '');
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
