import { buildApp } from './app/build-app.ts';
import { ConfigError, loadConfig } from './app/config.ts';
import { appJobs } from './app/jobs/index.ts';
import { openAppDatabase } from './app/open-app-database.ts';
import { prepareDemo, type DemoOutcome } from './app/prepare-demo.ts';
import { anchorChainHeads, useAuditKey } from './platform/audit/index.ts';
import { DataDirLockedError } from './platform/db/data-dir-lock.ts';
import { startJobRunner, type JobRunner } from './platform/jobs/index.ts';
import { markDemoSeedCompleted } from './seed/demo-seed-state.ts';
import { seedDemoRisk } from './seed/risk/seed-risk-registers.ts';
import { seedDemoHazards } from './seed/hazard/seed-hazards.ts';
import { seedDemoInspection } from './seed/inspection/seed-inspection-history.ts';
import { seedDemoSupervision } from './seed/supervision/seed-supervision.ts';
import { printDemoAccounts } from './seed/seed-demo.ts';

/** How long a stop may take before the process exits anyway. */
const SHUTDOWN_LIMIT_MS = 10_000;
/** How long kept-alive clients are answered 503 before the listener closes. */
const DRAIN_MS = 1000;
/** How long a connection accepted just before the listener closed may take to send its request. */
const IDLE_GRACE_MS = 1500;

const DEMO_MESSAGES: Record<DemoOutcome, string | null> = {
  seeded: 'Preparing the demo county’s risk registers (first start only)…',
  rebuilt:
    'The demo data of an earlier first start was interrupted half-way: rebuilding the demo county from scratch…',
  present: null,
  none: null,
};

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  // Set before anything writes: the demo seed appends audit events before the app is built.
  useAuditKey(config.auditKey);
  const database = await openAppDatabase(config);
  const demo = config.seedDemo === 'auto' ? await prepareDemo(database) : 'none';
  const app = await buildApp({ config, db: database.db, databaseKind: database.kind });
  const message = DEMO_MESSAGES[demo];
  if (message) console.log(message);
  if (demo === 'seeded' || demo === 'rebuilt') {
    // The registers are built through the API itself, so this runs once the app is assembled.
    await seedDemoRisk(app, database.db);
    // A month of checks on those registers, and today's open tasks for the phone.
    await seedDemoInspection(app, database.db);
    // The month's findings as hazards, and hazards in every state of the closed loop.
    await seedDemoHazards(app, database.db);
    // The regulators' side: assignments, listings, a random draw, the blacklist, the map.
    await seedDemoSupervision(app, database.db);
    await markDemoSeedCompleted(database.db);
  }

  let runner: JobRunner | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      console.error(`Shutdown took longer than ${SHUTDOWN_LIMIT_MS} ms; exiting.`);
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    console.log(`\n${signal}: stopping…`);
    // Requests still arriving (kept-alive connections) get an app-shaped 503 with Connection:
    // close for a moment, so clients learn to go elsewhere instead of seeing a reset.
    app.closing = true;
    await new Promise((resolve) => setTimeout(resolve, DRAIN_MS));
    // Stop listening and wait for requests in flight; connections that stay idle are closed after
    // a grace period (every answer now carries Connection: close, so busy ones end by themselves).
    const idle = setTimeout(() => app.server.closeIdleConnections(), IDLE_GRACE_MS);
    await app.close();
    clearTimeout(idle);
    await runner?.stop(); // a handler in flight finishes (or its lease lapses)
    await anchorChainHeads(database.db, config.auditAnchorFile).catch((error: unknown) => {
      console.error('Could not anchor the audit chain heads:', error);
    });
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  if (config.jobsEnabled) {
    runner = startJobRunner({
      db: database.db,
      ...appJobs(config, database.db),
      pollMs: 1000,
      leaseMs: 5 * 60_000,
      onError: (error, where) => app.log.error({ err: error, ...where }, 'job failed'),
    });
  }
  const where = database.kind === 'pglite' ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL server';
  const demoNote =
    demo === 'rebuilt' ? '; demo county rebuilt' : demo === 'seeded' ? '; demo county created' : '';
  console.log(
    `\n双控 Shuangkong is running at ${config.publicUrl} (${where}${demoNote}; ready in ${Date.now() - started} ms)`,
  );
  if (config.seedDemo === 'auto') printDemoAccounts();
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
