import { join } from 'node:path';
import { seedCalendarIfEmpty } from '../platform/calendar/index.ts';
import { migrate, schemaStatus } from '../platform/db/migrate.ts';
import { openDatabase, type Database } from '../platform/db/database.ts';
import type { Config } from './config.ts';
import { serverRoot } from './server-root.ts';
import type { DB } from './db-schema.ts';
import { syncReferenceData } from './reference-data.ts';

export const MIGRATIONS_DIR = join(serverRoot(), 'migrations');

/** Opens the configured database and brings its schema and reference data up to date. */
export async function openAppDatabase(config: Config, purpose = 'server'): Promise<Database<DB>> {
  const database = await openDatabase<DB>({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : join(config.dataDir, 'pglite'),
    purpose,
  });
  try {
    await prepareDatabase(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/** Migrates and brings reference data and the calendar up to date. */
export async function prepareDatabase(database: Database<DB>): Promise<void> {
  await migrate(database, MIGRATIONS_DIR);
  await syncReferenceData(database.db);
  await seedCalendarIfEmpty(database.db);
}

/**
 * Empties the database and prepares it again: only for the demo database of a first start that was
 * interrupted while seeding (nothing in it but a partial demo county).
 */
export async function rebuildDatabase(database: Database<DB>): Promise<void> {
  await database.withScriptSession((run) => run('drop schema public cascade; create schema public;'));
  await prepareDatabase(database);
}

export class SchemaMismatchError extends Error {}

/**
 * Opens the configured database for a tool that only reads it (audit verification, often of a
 * backup): no migrations, no reference-data sync, and a schema that is not exactly this code's is
 * refused rather than changed.
 */
export async function openAppDatabaseReadOnly(config: Config, purpose: string): Promise<Database<DB>> {
  const database = await openDatabase<DB>({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : join(config.dataDir, 'pglite'),
    purpose,
  });
  try {
    const status = await schemaStatus(database, MIGRATIONS_DIR);
    if (status.state === 'empty') throw new SchemaMismatchError('The database has no Shuangkong schema.');
    if (status.state === 'behind') {
      throw new SchemaMismatchError(
        `The database schema is older than this code (missing ${status.missing.join(', ')}); ` +
          'start the server of this version once to migrate it, or use the matching older version.',
      );
    }
    if (status.state === 'ahead') {
      throw new SchemaMismatchError(
        `The database schema is newer than this code (unknown ${status.unknown.join(', ')}); ` +
          'use the version of Shuangkong that wrote it.',
      );
    }
    if (status.state === 'changed') {
      throw new SchemaMismatchError(
        `Migrations ${status.changed.join(', ')} differ from the ones applied to this database.`,
      );
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
