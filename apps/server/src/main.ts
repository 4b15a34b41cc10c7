import { buildApp } from './app/build-app.ts';
import { ConfigError, loadConfig } from './app/config.ts';
import { appJobs } from './app/jobs/index.ts';
import { openAppDatabase } from './app/open-app-database.ts';
import { startJobRunner, type JobRunner } from './platform/jobs/index.ts';
import { seedDemoRisk } from './seed/risk/seed-risk-registers.ts';
import { printDemoAccounts, seedDemoIfEmpty } from './seed/seed-demo.ts';

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const database = await openAppDatabase(config);
  const seeded = config.seedDemo === 'auto' ? await seedDemoIfEmpty(database.db) : false;
  const app = await buildApp({ config, db: database.db, databaseKind: database.kind });
  if (seeded) {
    // The registers are built through the API itself, so this runs once the app is assembled.
    console.log('Preparing the demo county’s risk registers (first start only)…');
    await seedDemoRisk(app, database.db);
  }
  let runner: JobRunner | undefined;
  const shutdown = async () => {
    // Jobs first: a handler in flight finishes (or its lease lapses) before the database closes.
    await runner?.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: config.port, host: config.host });
  if (config.jobsEnabled) {
    runner = startJobRunner({
      db: database.db,
      jobs: appJobs(config),
      pollMs: 1000,
      leaseMs: 5 * 60_000,
      onError: (error, where) => app.log.error({ err: error, ...where }, 'job failed'),
    });
  }
  const where = database.kind === 'pglite' ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL server';
  console.log(
    `\n双控 Shuangkong is running at ${config.publicUrl} (${where}; ready in ${Date.now() - started} ms)`,
  );
  if (seeded || config.seedDemo === 'auto') printDemoAccounts();
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
