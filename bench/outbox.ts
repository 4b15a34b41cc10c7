// The price of domain events: every change writes an outbox row beside its audit row, and the job
// runner fans events out to subscribers. Measures, in one run on the same database:
//   1. recording: N single-change transactions writing the audit row alone, then audit + event
//      (what recordRisk and recordIdentity do) → the ratio is the outbox's cost per write;
//   2. delivery: N events to one subscriber through fan-out and delivery jobs with two runners →
//      events delivered per second.
// Usage: npx tsx bench/outbox.ts [--postgres]   (prints JSON)
import type { DB } from '../apps/server/src/app/db-schema.ts';
import { MIGRATIONS_DIR } from '../apps/server/src/app/open-app-database.ts';
import { appendAuditEvent, useAuditKey } from '../apps/server/src/platform/audit/index.ts';
import { openDatabase } from '../apps/server/src/platform/db/database.ts';
import { migrate } from '../apps/server/src/platform/db/migrate.ts';
import {
  appendDomainEvent,
  createEventDispatcher,
  defineSubscriber,
} from '../apps/server/src/platform/events/index.ts';
import { createJobRunner } from '../apps/server/src/platform/jobs/index.ts';
import { createBenchEnterprise, createBenchJurisdiction } from './risk-register-data.ts';
import { startPostgres } from '../scripts/pg-server.mjs';

const N = Number(process.env.BENCH_EVENTS ?? 2_000);
const usePostgres = process.argv.includes('--postgres');
const pg = usePostgres ? startPostgres({ port: 54394 }) : null;

// Audited writes need a key, as in the server; a throwaway one per run.
useAuditKey(crypto.randomUUID() + crypto.randomUUID());

try {
  const database = await openDatabase<DB>(pg ? { url: pg.url } : {});
  await migrate(database, MIGRATIONS_DIR);
  const db = database.db;
  await createBenchJurisdiction(db);
  const ctx = await createBenchEnterprise(db, '基准企业丙');
  const enterpriseId = ctx.actor.enterpriseId ?? '';

  const entry = (i: number) => ({
    enterpriseId,
    action: 'risk.object-updated',
    entityType: 'riskObject',
    entityId: `bench-${i}`,
    after: { name: `对象${i}` },
  });
  const writes = async (withEvent: boolean) => {
    const t0 = performance.now();
    for (let i = 0; i < N; i += 1) {
      await db.transaction().execute(async (trx) => {
        await appendAuditEvent(trx, ctx.audit, entry(i));
        if (withEvent) {
          await appendDomainEvent(trx, ctx.audit, {
            type: 'risk.object-updated',
            enterpriseId,
            entityType: 'riskObject',
            entityId: `bench-${i}`,
          });
        }
      });
    }
    return performance.now() - t0;
  };
  await writes(false); // warm-up: caches, plans, the chain head row
  const auditOnlyMs = await writes(false);
  // The warm-up and audit-only runs wrote no events; only this run's events are fanned out below.
  const withEventMs = await writes(true);

  let delivered = 0;
  const counter = defineSubscriber<{ type: 'risk.object-updated' }>({
    id: 'bench.counter',
    on: ['risk.object-updated'],
    async handle() {
      delivered += 1;
    },
  });
  const runner = () => {
    const events = createEventDispatcher([counter]);
    return createJobRunner({
      db,
      jobs: events.jobs,
      beforeClaim: [(handle) => events.fanOut(handle, 500)],
      concurrency: 16,
      onError: () => {},
    });
  };
  const runners = [runner(), runner()];
  const t0 = performance.now();
  while (delivered < N) {
    const ran = await Promise.all(runners.map((r) => r.tick()));
    if (ran.every((n) => n === 0) && delivered < N) {
      const pending = await db
        .selectFrom('domainEvents')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('fannedOutAt', 'is', null)
        .executeTakeFirstOrThrow();
      const waiting = await db
        .selectFrom('jobs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('name', '=', 'platform.event-delivery')
        .where('status', 'in', ['queued', 'running'])
        .executeTakeFirstOrThrow();
      if (Number(pending.n) === 0 && Number(waiting.n) === 0) break;
    }
  }
  const deliveryMs = performance.now() - t0;
  await Promise.all(runners.map((r) => r.stop()));

  console.log(
    JSON.stringify(
      {
        database: database.kind,
        events: N,
        auditOnly: { ms: Math.round(auditOnlyMs), perSecond: Math.round((N / auditOnlyMs) * 1000) },
        auditAndEvent: { ms: Math.round(withEventMs), perSecond: Math.round((N / withEventMs) * 1000) },
        eventCostRatio: Number((withEventMs / auditOnlyMs).toFixed(2)),
        delivery: {
          delivered,
          ms: Math.round(deliveryMs),
          perSecond: Math.round((delivered / deliveryMs) * 1000),
        },
      },
      null,
      2,
    ),
  );
  await database.close();
} finally {
  pg?.stop();
}
