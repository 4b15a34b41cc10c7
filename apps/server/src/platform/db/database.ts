import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { PGliteDialect } from './pglite-dialect.ts';

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

// Both engines must hand back the same JS types: int8 and numeric as numbers, dates as 'YYYY-MM-DD'
// strings (pg would otherwise build a local-time Date for a civil date).
const parsers = {
  [INT8]: (v: string) => Number(v),
  [NUMERIC]: (v: string) => Number(v),
  [DATE]: (v: string) => v,
};

/** A database handle: the Kysely instance plus what Kysely cannot do (multi-statement scripts). */
export type Database<DB> = {
  kind: 'pglite' | 'postgres';
  db: Kysely<DB>;
  /** Runs multi-statement SQL scripts on one dedicated connection (migrations, test resets). */
  withScriptSession<T>(fn: (run: (script: string) => Promise<unknown[]>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball (test snapshots, backups). */
  dumpDataDir?: () => Promise<Blob>;
};

export type DatabaseOptions = {
  /** postgres:// URL; when absent an embedded PGlite database is used. */
  url?: string | undefined;
  /** Data directory for PGlite; absent = in memory. */
  dataDir?: string | undefined;
  /** A PGlite data-directory tarball to start from (used by tests to skip migrations). */
  loadDataDir?: Blob | File | undefined;
  poolSize?: number;
  /** What this process is, named to anyone who finds the embedded data directory locked. */
  purpose?: string;
};

/** Opens PGlite (no URL) or a PostgreSQL server pool (URL). */
export async function openDatabase<DB>(options: DatabaseOptions): Promise<Database<DB>> {
  const plugins = [new CamelCasePlugin()];
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      types: {
        getTypeParser: (oid: number, format?: 'text' | 'binary') =>
          oid in parsers
            ? parsers[oid as keyof typeof parsers]
            : pg.types.getTypeParser(oid, format ?? 'text'),
      },
    });
    // An idle pooled connection that the server ends (restart, failover, a dropped test database)
    // emits an error; without a listener that would crash the process instead of reconnecting.
    pool.on('error', (error) => {
      console.error(`PostgreSQL connection lost: ${error.message}`);
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
    return {
      kind: 'postgres',
      db,
      async withScriptSession(fn) {
        const client = await pool.connect();
        try {
          return await fn(async (script) => {
            const result: unknown = await client.query(script);
            const results = Array.isArray(result) ? result : [result];
            return results.map((r: { rows: unknown[] }) => r.rows);
          });
        } finally {
          client.release();
        }
      },
      close: () => db.destroy(),
    };
  }
  let lock: { release(): void } | undefined;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    lock = acquireDataDirLock(options.dataDir, options.purpose ?? 'server');
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir,
      parsers,
      relaxedDurability: false,
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite), plugins });
  return {
    kind: 'pglite',
    db,
    // PGlite has one connection and migrations run before anything else, so no locking is needed.
    async withScriptSession(fn) {
      return fn(async (script) => (await pglite.exec(script)).map((r) => r.rows));
    },
    async close() {
      try {
        await db.destroy();
        await pglite.close();
      } finally {
        lock?.release();
      }
    },
    dumpDataDir: () => pglite.dumpDataDir('none'),
  };
}
