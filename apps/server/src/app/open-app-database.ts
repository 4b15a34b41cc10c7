import { join } from 'node:path';
import { seedCalendarIfEmpty } from '../platform/calendar/index.ts';
import { migrate } from '../platform/db/migrate.ts';
import { openDatabase, type Database } from '../platform/db/database.ts';
import type { Config } from './config.ts';
import type { DB } from './db-schema.ts';
import { syncReferenceData } from './reference-data.ts';

export const MIGRATIONS_DIR = join(import.meta.dirname, '../../migrations');

/** Opens the configured database and brings its schema and reference data up to date. */
export async function openAppDatabase(config: Config): Promise<Database<DB>> {
  const database = await openDatabase<DB>({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : join(config.dataDir, 'pglite'),
  });
  await migrate(database, MIGRATIONS_DIR);
  await syncReferenceData(database.db);
  await seedCalendarIfEmpty(database.db);
  return database;
}
