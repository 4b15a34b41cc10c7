import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordRisk } from '../../src/modules/risk/risk-record.ts';
import {
  createEventDispatcher,
  defineSubscriber,
  listDeadLetters,
  retryDeadLetter,
  type DomainEvent,
} from '../../src/platform/events/index.ts';
import { createJobRunner, type JobRunner } from '../../src/platform/jobs/index.ts';
import { buildOrgUnit, buildUser } from '../factories.ts';
import { loginAs } from '../test-app.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../register-test-world.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
const audit = { actorId: null, actorName: '测试', requestId: 'req-outbox', ip: null };

// What the test subscriber saw: one row per completed delivery, no uniqueness, so a double
// delivery would show as two rows.
async function deliveries(eventId: string) {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from test_deliveries
    where event_id = ${eventId}`.execute(w.t.db);
  return rows[0]?.n ?? 0;
}

let failNext = 0;
const collector = defineSubscriber<{ type: 'risk.object-created' | 'enterprise.updated' }>({
  id: 'test.collector',
  on: ['risk.object-created', 'enterprise.updated'],
  async handle(event: DomainEvent, ctx) {
    if (failNext > 0) {
      failNext -= 1;
      throw new Error('subscriber down');
    }
    await sql`insert into test_deliveries (event_id, subscriber, key) values
      (${event.id}, 'test.collector', ${ctx.idempotencyKey})`.execute(ctx.db);
  },
});

// Each call is one server process: its own dispatcher and runner over the same database.
function startProcess(workerId: string): JobRunner {
  const events = createEventDispatcher([collector]);
  return createJobRunner({
    db: w.t.db,
    jobs: events.jobs,
    beforeClaim: [(db) => events.fanOut(db)],
    workerId,
    retryBaseMs: 1,
    retryMaxMs: 1,
    onError: () => {},
  });
}

async function drain(...runners: JobRunner[]) {
  for (let i = 0; i < 20; i += 1) {
    const counts = await Promise.all(runners.map((r) => r.tick()));
    if (counts.every((n) => n === 0)) {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from jobs
        where status = 'queued' and name = 'platform.event-delivery'`.execute(w.t.db);
      if (rows[0]?.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  await sql`create table test_deliveries (event_id uuid not null, subscriber text not null, key text not null)`.execute(
    w.t.db,
  );
});

async function eventOf(type: string, entityId: string) {
  return w.t.db
    .selectFrom('domainEvents')
    .selectAll()
    .where('type', '=', type)
    .where('entityId', '=', entityId)
    .executeTakeFirstOrThrow();
}

describe('domain events through the outbox', () => {
  let riskEventId: string;
  let identityEventId: string;

  it('records a risk change and an identity change with their audit rows, in the same transaction', async () => {
    const dept = await buildOrgUnit(w.t.db, w.ent.id, 'department');
    const created = await req(w.manager, 'POST', `/enterprises/${w.ent.id}/risk-objects`, {
      code: 'EV-01',
      name: '罐区',
      kind: 'facility',
      responsibleUnitId: dept.id,
      responsibleUserId: w.managerUser.id,
    });
    expect(created.statusCode).toBe(201);
    const objectId: string = created.json().data.id;
    const riskEvent = await eventOf('risk.object-created', objectId);
    expect(riskEvent).toMatchObject({
      enterpriseId: w.ent.id,
      entityType: 'riskObject',
      actorId: w.managerUser.id,
    });
    const riskAudit = await w.t.db
      .selectFrom('auditEvents')
      .select(['requestId'])
      .where('action', '=', 'risk.object-created')
      .where('entityId', '=', objectId)
      .executeTakeFirstOrThrow();
    expect(riskAudit.requestId).toBe(riskEvent.requestId);
    riskEventId = riskEvent.id;

    const updated = await req(w.manager, 'PATCH', `/enterprises/${w.ent.id}`, { employeeCount: 321 });
    expect(updated.statusCode).toBe(200);
    const identityEvent = await eventOf('enterprise.updated', w.ent.id);
    expect(identityEvent).toMatchObject({ enterpriseId: w.ent.id, entityType: 'enterprise' });
    identityEventId = identityEvent.id;
  });

  it('writes neither the audit row nor the event when the change rolls back', async () => {
    const entityId = crypto.randomUUID();
    await expect(
      w.t.db.transaction().execute(async (trx) => {
        await recordRisk(trx as unknown as Parameters<typeof recordRisk>[0], audit, {
          action: 'risk.object-updated',
          entityType: 'riskObject',
          entityId,
          enterpriseId: w.ent.id,
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const events = await w.t.db
      .selectFrom('domainEvents')
      .select('id')
      .where('entityId', '=', entityId)
      .execute();
    const audits = await w.t.db
      .selectFrom('auditEvents')
      .select('id')
      .where('entityId', '=', entityId)
      .execute();
    expect([events.length, audits.length]).toEqual([0, 0]);
  });

  it('delivers each event once to a subscriber, across a restart and with two runners', async () => {
    // The first process fans out and stops before delivering anything: its jobs wait in the table.
    const first = createEventDispatcher([collector]);
    await first.fanOut(w.t.db);
    await first.fanOut(w.t.db); // a second fan-out (or a second process's) queues nothing new
    const queued = await w.t.db
      .selectFrom('jobs')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('name', '=', 'platform.event-delivery')
      .executeTakeFirstOrThrow();
    expect(queued.n).toBe(2);

    // After the restart two processes share the work; the subscriber fails once and is retried.
    failNext = 1;
    const a = startProcess('process-a');
    const b = startProcess('process-b');
    await drain(a, b);
    expect(await deliveries(riskEventId)).toBe(1);
    expect(await deliveries(identityEventId)).toBe(1);
    const keys = await sql<{ key: string }>`select key from test_deliveries order by key`.execute(w.t.db);
    expect(keys.rows.map((r) => r.key).sort()).toEqual(
      [`${riskEventId}:test.collector`, `${identityEventId}:test.collector`].sort(),
    );

    // Later events reach the subscriber through the same runners, still once each.
    const again = await req(w.manager, 'PATCH', `/enterprises/${w.ent.id}`, { employeeCount: 322 });
    expect(again.statusCode).toBe(200);
    await drain(a, b);
    const events = await w.t.db
      .selectFrom('domainEvents')
      .select('id')
      .where('type', '=', 'enterprise.updated')
      .where('entityId', '=', w.ent.id)
      .execute();
    expect(events).toHaveLength(2);
    for (const event of events) expect(await deliveries(event.id)).toBe(1);
    await Promise.all([a.stop(), b.stop()]);
  });

  it('puts a delivery that keeps failing in the dead letters, and a retry delivers it', async () => {
    const updated = await req(w.manager, 'PATCH', `/enterprises/${w.ent.id}`, { employeeCount: 323 });
    expect(updated.statusCode).toBe(200);
    failNext = 100;
    const runner = startProcess('process-c');
    await drain(runner);
    const dead = await listDeadLetters(w.t.db);
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ eventType: 'enterprise.updated', subscriber: 'test.collector' });
    expect(dead[0]?.lastError).toContain('subscriber down');

    // Admins see it in their view and retry it by hand; others are refused.
    const admin = await loginAs(w.t.app, (await buildUser(w.t.db, { roles: ['platformAdmin'] })).username);
    const listed = await req(admin, 'GET', '/admin/event-deliveries/dead');
    expect(listed.statusCode).toBe(200);
    expect(listed.json().data).toMatchObject([{ jobId: dead[0]!.jobId, subscriber: 'test.collector' }]);
    expect((await req(w.manager, 'GET', '/admin/event-deliveries/dead')).statusCode).toBe(403);
    expect(
      (await req(admin, 'POST', `/admin/event-deliveries/${crypto.randomUUID()}/retry`)).statusCode,
    ).toBe(404);

    failNext = 0;
    expect((await req(admin, 'POST', `/admin/event-deliveries/${dead[0]!.jobId}/retry`)).statusCode).toBe(
      200,
    );
    expect(await retryDeadLetter(w.t.db, dead[0]!.jobId)).toBe(false); // queued again, no longer dead
    await drain(runner);
    expect(await listDeadLetters(w.t.db)).toEqual([]);
    expect(await deliveries(dead[0]!.eventId)).toBe(1);
    await runner.stop();
  });
});
