import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../src/app/db-schema.ts';
import { MIGRATIONS_DIR } from '../../src/app/open-app-database.ts';
import type { Database } from '../../src/platform/db/database.ts';
import { schemaStatus } from '../../src/platform/db/migrate.ts';
import { openTestDatabase } from '../test-database.ts';

let database: Database<DB>;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

describe('audit:verify reads without changing', () => {
  it('tells a current schema from an older or a newer one', async () => {
    expect(await schemaStatus(database, MIGRATIONS_DIR)).toEqual({ state: 'current' });
    await sql`insert into schema_migrations (name, checksum) values ('209901010000__risk__future.sql', 'x')`.execute(
      database.db,
    );
    expect(await schemaStatus(database, MIGRATIONS_DIR)).toEqual({
      state: 'ahead',
      unknown: ['209901010000__risk__future.sql'],
    });
    await sql`delete from schema_migrations where name = '209901010000__risk__future.sql'
      or name = '202612020130__platform__demo-seed-state.sql'`.execute(database.db);
    expect(await schemaStatus(database, MIGRATIONS_DIR)).toEqual({
      state: 'behind',
      missing: ['202612020130__platform__demo-seed-state.sql'],
    });
  });

  it('refuses a database without the schema and leaves it as it was', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sk-verify-'));
    const run = () =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/audit-verify.ts'], {
        cwd: join(import.meta.dirname, '../..'),
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
        encoding: 'utf8',
      });
    const first = run();
    expect(first.status).toBe(2);
    expect(first.stderr).toContain('has no Shuangkong schema');
    // Had it migrated, the second run would find a schema (and verify it).
    expect(run().stderr).toContain('has no Shuangkong schema');
  }, 60_000);
});
