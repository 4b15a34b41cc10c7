import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { modules } from '../app/modules.ts';
import { createTestApp, loginAs, type TestApp } from '../../test/test-app.ts';
import { demoCounty, demoPersonas } from './demo-county/index.ts';
import { demoIds } from './demo-ids.ts';
import { seedDemoInspection, OUT_OF_CONTROL_UNITS } from './inspection/seed-inspection-history.ts';
import { seedDemoRisk } from './risk/seed-risk-registers.ts';
import { seedDemoHazards } from './hazard/seed-hazards.ts';
import { seedDemoIfEmpty } from './seed-demo.ts';

let t: TestApp;
const chemical = demoIds.enterprise('hongda-chemical');

beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemoIfEmpty(t.db)).toBe(true);
  // The chemical plant's register and its month of inspection, as a first start builds them.
  await seedDemoRisk(t.app, t.db, { enterpriseKeys: ['hongda-chemical'] });
  await seedDemoInspection(t.app, t.db, { enterpriseKeys: ['hongda-chemical'] });
  await seedDemoHazards(t.app, t.db, { enterpriseKeys: ['hongda-chemical'] });
}, 300_000);

describe('demo county seed', () => {
  it('loads every enterprise, regulator and user once, and only on an empty database', async () => {
    const count = async (table: 'enterprises' | 'regulators' | 'users' | 'orgUnits') =>
      Number(
        (
          await t.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('enterprises')).toBe(demoCounty.enterprises.length);
    expect(await count('regulators')).toBe(demoCounty.regulators.length);
    expect(await count('users')).toBe(demoCounty.users.length);
    expect(await count('orgUnits')).toBeGreaterThan(300);
    expect(await seedDemoIfEmpty(t.db)).toBe(false);
  });

  it('lets every persona log in and land in the right workspace', async () => {
    const expected: Record<string, string> = {
      anquan: 'enterprise',
      gongren: 'enterprise',
      fuzeren: 'enterprise',
      yingji: 'regulator',
      zhujian: 'regulator',
      xiangzhen: 'regulator',
      pingjia: 'expert',
      admin: 'admin',
    };
    for (const persona of demoPersonas) {
      const session = await loginAs(t.app, persona.username, persona.password);
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/auth/session',
        headers: session.headers,
      });
      expect(res.json().data.workspace, persona.username).toBe(expected[persona.username]);
    }
  });

  it('gives the county emergency bureau every enterprise and the housing bureau only its industries', async () => {
    const bureau = await loginAs(t.app, 'yingji', 'Demo@2026');
    const all = await t.app.inject({
      method: 'GET',
      url: '/api/v1/enterprises?pageSize=200',
      headers: bureau.headers,
    });
    expect(all.json().page.total).toBe(demoCounty.enterprises.length);
    const housing = await loginAs(t.app, 'zhujian', 'Demo@2026');
    const some = await t.app.inject({
      method: 'GET',
      url: '/api/v1/enterprises?pageSize=200',
      headers: housing.headers,
    });
    const total = some.json().page.total as number;
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(demoCounty.enterprises.length);
  });
});

describe('demo inspection history', () => {
  const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
    (await query.execute(t.db)).rows[0]?.n ?? 0;

  it('has a month of tasks: mostly done, some late, some missed, a few hazards found', async () => {
    const days = await count(sql<{ n: number }>`select count(distinct due_date)::int as n
      from inspection_tasks where enterprise_id = ${chemical}`);
    expect(days).toBeGreaterThanOrEqual(30);
    const byStatus = Object.fromEntries(
      (
        await sql<{ status: string; n: number }>`select status, count(*)::int as n from inspection_tasks
          where enterprise_id = ${chemical} and ends_at <= now() group by status`.execute(t.db)
      ).rows.map((r) => [r.status, r.n]),
    );
    expect(byStatus.done).toBeGreaterThan(10 * (byStatus.notChecked ?? 0));
    expect(byStatus.notChecked).toBeGreaterThan(0);
    expect(byStatus.pending).toBeUndefined();
    const late = await count(sql<{ n: number }>`select count(*)::int as n from inspection_records r
      join inspection_tasks t on t.enterprise_id = r.enterprise_id and t.id = r.task_id
      where r.enterprise_id = ${chemical} and r.check_time > t.ends_at`);
    expect(late).toBeGreaterThan(0);
    const found = await count(sql<{ n: number }>`select count(*)::int as n from inspection_records
      where enterprise_id = ${chemical} and check_status = 'hazardFound'`);
    expect(found).toBeGreaterThan(0);
    const stops = await count(sql<{ n: number }>`select count(*)::int as n from inspection_out_of_service
      where enterprise_id = ${chemical}`);
    expect(stops).toBe(2);
  });

  it('has plans under way, ahead and cancelled, the campaign partly checked', async () => {
    const plans = await t.db
      .selectFrom('inspectionPlans')
      .select(['id', 'kind', 'startDate', 'cancelledAt'])
      .where('enterpriseId', '=', chemical)
      .orderBy('kind')
      .execute();
    expect(plans.map((p) => p.kind)).toEqual([4, 5, 7]);
    expect(plans.find((p) => p.kind === 7)!.cancelledAt).not.toBeNull();
    const winter = await t.db
      .selectFrom('inspectionTasks')
      .select(['status'])
      .where('planId', '=', plans[0]!.id)
      .execute();
    expect(winter.filter((x) => x.status === 'done')).toHaveLength(3);
    expect(winter.filter((x) => x.status === 'pending').length).toBeGreaterThan(0);
    // The records browser has a second phone's record to review, one sent late, and a correction.
    const records = await t.db
      .selectFrom('inspectionRecords')
      .select(['needsReview', 'duplicateOf', 'correctsRecordId', 'checkTime', 'submittedAt'])
      .where('enterpriseId', '=', chemical)
      .where('submittedAt', '>', new Date(Date.now() - 3_600_000 * 6))
      .execute();
    expect(records.filter((r) => r.needsReview && r.duplicateOf)).toHaveLength(1);
    expect(records.filter((r) => r.correctsRecordId)).toHaveLength(1);
    // (The campaign's tasks open at midnight in Shanghai: in its first minutes nothing can be late.)
    const minutesIntoDay = ((Date.now() + 8 * 3_600_000) % 86_400_000) / 60_000;
    if (minutesIntoDay > 15)
      expect(
        records.some(
          (r) => new Date(r.submittedAt).getTime() - new Date(r.checkTime).getTime() > 10 * 60_000,
        ),
      ).toBe(true);
  });

  it('leaves today’s tasks open for the worker on the phone', async () => {
    const gongren = await loginAs(t.app, 'gongren', 'Demo@2026');
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${chemical}/inspection/tasks?mine=true`,
      headers: gongren.headers,
    });
    expect(res.statusCode).toBe(200);
    const open = (res.json().data as { status: string }[]).filter((x) => x.status === 'pending');
    expect(open.length).toBeGreaterThan(0);
  });

  it('marks the units with missed checks since yesterday 失控, and the job runner’s delivery changes nothing', async () => {
    // What the job runner does after the first start: every check event to risk's subscriber again.
    const subscriber = modules
      .flatMap((m) => m.subscribers ?? [])
      .find((s) => s.id === 'risk.out-of-control')!;
    const events = await t.db
      .selectFrom('domainEvents')
      .selectAll()
      .where('enterpriseId', '=', chemical)
      .where('type', 'in', ['inspection.check-missed', 'inspection.check-recorded'])
      .orderBy('seq')
      .execute();
    for (const event of events) {
      await subscriber.handle(event, { db: t.db, idempotencyKey: `${event.id}:seed-test`, attempt: 1 });
    }
    const lost = await t.db
      .selectFrom('riskUnits')
      .select(['code', 'outOfControlReason', 'currentLevel', 'residualLevel'])
      .where('enterpriseId', '=', chemical)
      .where('outOfControlReason', 'is not', null)
      .execute();
    expect(lost).toHaveLength(OUT_OF_CONTROL_UNITS);
    for (const unit of lost) expect(unit.outOfControlReason, unit.code).toMatch(/^失控/);
    // The month's other misses were made up the next day: read after the make-up, they mark nothing.
    const evidence = await sql<{ unit_id: string }>`select distinct unit_id from risk_level_evidence
      where enterprise_id = ${chemical} and source = 'inspection.missed-check' and cleared_at is null`.execute(
      t.db,
    );
    expect(evidence.rows).toHaveLength(OUT_OF_CONTROL_UNITS);
  });

  it('has hazards in every state of the closed loop, the month’s findings among them, every signature valid', async () => {
    const states = await t.db
      .selectFrom('hazards')
      .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
      .where('enterpriseId', '=', chemical)
      .groupBy('state')
      .execute();
    const byState = new Map(states.map((r) => [r.state, Number(r.n)]));
    for (const state of [
      'reported',
      'confirmed',
      'rectifying',
      'accepting',
      'closed',
      'rejected',
      'voided',
      'merged',
      'handedOver',
    ] as const) {
      if (state === 'confirmed') continue; // a major hazard's plan waits for the principal: confirmed
      expect(byState.get(state) ?? 0, state).toBeGreaterThan(0);
    }
    expect(byState.get('confirmed') ?? 0).toBeGreaterThan(0);
    const fromChecks = await t.db
      .selectFrom('hazards')
      .select('id')
      .where('enterpriseId', '=', chemical)
      .where('inspectionRecordId', 'is not', null)
      .execute();
    expect(fromChecks.length).toBeGreaterThan(5);
    const overdue = await t.db
      .selectFrom('hazards')
      .select(['escalationLevel'])
      .where('enterpriseId', '=', chemical)
      .where('overdueSince', 'is not', null)
      .execute();
    expect(overdue.length).toBeGreaterThan(0);
    const anquan = await loginAs(t.app, 'anquan', 'Demo@2026');
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${chemical}/hazards?limit=200`,
      headers: anquan.headers,
    });
    const ids = (list.json().data as { id: string }[]).map((h) => h.id);
    for (const id of ids.slice(0, 40)) {
      const d = await t.app.inject({
        method: 'GET',
        url: `/api/v1/enterprises/${chemical}/hazards/${id}`,
        headers: anquan.headers,
      });
      for (const sig of d.json().data.signatures) expect(sig.verified).toBe(true);
    }
  });
});
