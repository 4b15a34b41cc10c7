// Risk register Excel import and export at 2,000 units / 10,000 events (targets: import ≤ 10 s,
// export ≤ 5 s). Usage: npx tsx bench/risk-excel.ts [--postgres]   (prints JSON timings)
import { Writable } from 'node:stream';
import type { DB } from '../apps/server/src/app/db-schema.ts';
import { MIGRATIONS_DIR } from '../apps/server/src/app/open-app-database.ts';
import { useAuditKey } from '../apps/server/src/platform/audit/index.ts';
import { openDatabase } from '../apps/server/src/platform/db/database.ts';
import { migrate } from '../apps/server/src/platform/db/migrate.ts';
import { importRegister } from '../apps/server/src/modules/risk/index.ts';
import { prepareRegisterExport } from '../apps/server/src/modules/risk/index.ts';
import { createBenchEnterprise, createBenchJurisdiction, registerWorkbook } from './risk-register-data.ts';
import { startPostgres } from '../scripts/pg-server.mjs';

const UNITS = Number(process.env.BENCH_UNITS ?? 2_000);
const EVENTS_PER_UNIT = 5;
const usePostgres = process.argv.includes('--postgres');
const pg = usePostgres ? startPostgres({ port: 54393 }) : null;

// Audited writes need a key, as in the server; a throwaway one per run.
useAuditKey(crypto.randomUUID() + crypto.randomUUID());

try {
  const database = await openDatabase<DB>(pg ? { url: pg.url } : {});
  await migrate(database, MIGRATIONS_DIR);
  const db = database.db;
  await createBenchJurisdiction(db);
  const sourceFile = await registerWorkbook(UNITS, EVENTS_PER_UNIT);

  const time = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
    const t0 = performance.now();
    const out = await fn();
    return [out, Math.round(performance.now() - t0)];
  };

  const a = await createBenchEnterprise(db, '基准企业甲');
  const [imported, importMs] = await time(() =>
    importRegister(a, { enterpriseId: a.actor.enterpriseId ?? '', bytes: sourceFile }),
  );

  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  const [, exportMs] = await time(async () => {
    const file = await prepareRegisterExport(db, a.actor, a.actor.enterpriseId ?? '', {
      sort: 'code',
      order: 'asc',
    });
    await file.write(sink);
  });
  const exported = Buffer.concat(chunks);

  const b = await createBenchEnterprise(db, '基准企业乙');
  const [, reimportMs] = await time(() =>
    importRegister(b, { enterpriseId: b.actor.enterpriseId ?? '', bytes: exported }),
  );

  console.log(
    JSON.stringify(
      {
        database: database.kind,
        units: UNITS,
        events: imported.events,
        measures: imported.measures,
        importMs,
        exportMs,
        exportBytes: exported.length,
        reimportOfExportMs: reimportMs,
        targets: { importMs: 10_000, exportMs: 5_000 },
      },
      null,
      2,
    ),
  );
  await database.close();
} finally {
  pg?.stop();
}
