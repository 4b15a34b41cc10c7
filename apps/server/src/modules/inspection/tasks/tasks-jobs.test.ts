import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnterprise, buildJurisdictions } from '../../../../test/factories.ts';
import {
  buildControlMeasure,
  buildRiskEvent,
  buildRiskObject,
  buildRiskUnit,
} from '../../../../test/risk-factories.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { syncChecklist } from '../checklist/commands/sync-checklist.ts';
import { systemAudit } from '../inspection-record.ts';
import { shanghaiInstant } from '../schedule/shanghai-time.ts';
import { generateTasks } from './commands/generate-tasks.ts';
import { markMissedChecks } from './commands/mark-missed-checks.ts';
import { generateTasksJob } from './generate-tasks.job.ts';

let t: TestApp;
let enterpriseId: string;
let otherId: string;
let unitId: string;
let otherUnitId: string;

async function registerWithOneMeasure(enterprise: string) {
  const object = await buildRiskObject(t.db, enterprise);
  const unit = await buildRiskUnit(t.db, enterprise, object.id);
  const event = await buildRiskEvent(t.db, enterprise, unit.id);
  await buildControlMeasure(t.db, enterprise, event.id);
  await syncChecklist(t.db, systemAudit('test'), enterprise, new Date('2026-11-30T00:00:00Z'));
  return unit.id;
}

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  enterpriseId = (await buildEnterprise(t.db)).id;
  otherId = (await buildEnterprise(t.db)).id;
  unitId = await registerWithOneMeasure(enterpriseId);
  otherUnitId = await registerWithOneMeasure(otherId);
  // The first enterprise's item: every 4 hours from 08:00 to 16:00 on working days.
  await t.db
    .updateTable('inspectionItems')
    .set({
      checkCycle: 4,
      checkCycleUnit: 'hour',
      workStartTime: '08:00',
      workEndTime: '16:00',
      dayType: 'workingDays',
    })
    .where('enterpriseId', '=', enterpriseId)
    .execute();
});
afterAll(async () => {
  await t.app.close();
});

const tasksOf = (enterprise: string) =>
  t.db
    .selectFrom('inspectionTasks')
    .selectAll()
    .where('enterpriseId', '=', enterprise)
    .orderBy('startsAt')
    .execute();

describe('generateTasks', () => {
  it('creates the tasks of the range with the national fields', async () => {
    // 2026-12-04 is a Friday, 5–6 a weekend.
    const n = await generateTasks(t.db, { from: '2026-12-04', to: '2026-12-06' });
    expect(n).toBe(2 + 3);
    const tasks = await tasksOf(enterpriseId);
    expect(tasks.map((x) => x.periodStart)).toEqual(['2026-12-04T08:00', '2026-12-04T12:00']);
    expect(tasks[0]).toMatchObject({
      unitId,
      dueDate: '2026-12-04',
      checkCycle: 4,
      checkCycleUnit: 'hour',
      workStartTime: '08:00',
      workEndTime: '16:00',
      dayType: 'workingDays',
      workType: 'routine',
      status: 'pending',
    });
    expect(tasks[0]!.startsAt).toEqual(shanghaiInstant('2026-12-04', '08:00'));
    expect((await tasksOf(otherId)).map((x) => x.dueDate)).toEqual([
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
  });

  it('running again, or over an overlapping range, creates nothing new', async () => {
    expect(await generateTasks(t.db, { from: '2026-12-04', to: '2026-12-06' })).toBe(0);
    expect(await generateTasks(t.db, { from: '2026-12-05', to: '2026-12-07' })).toBe(2 + 1);
    expect(await tasksOf(otherId)).toHaveLength(4);
  });

  it('pauses a unit while it is out of service', async () => {
    await t.db
      .insertInto('inspectionOutOfService')
      .values({
        enterpriseId: otherId,
        id: crypto.randomUUID(),
        unitId: otherUnitId,
        startAt: shanghaiInstant('2026-12-08', '00:00'),
        endAt: shanghaiInstant('2026-12-10', '00:00'),
        reason: '检维修',
      })
      .execute();
    await generateTasks(t.db, { from: '2026-12-08', to: '2026-12-10' });
    expect((await tasksOf(otherId)).map((x) => x.dueDate)).toEqual([
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
      '2026-12-07',
      '2026-12-10',
    ]);
  });

  it('a retired item gets no tasks after its retirement', async () => {
    await t.db
      .updateTable('inspectionItems')
      .set({ retiredAt: shanghaiInstant('2026-12-11', '09:00') })
      .where('enterpriseId', '=', otherId)
      .execute();
    await generateTasks(t.db, { from: '2026-12-11', to: '2026-12-14' });
    expect((await tasksOf(otherId)).map((x) => x.dueDate).slice(-1)).toEqual(['2026-12-11']);
  });

  it('the cron job covers the past week and tomorrow', async () => {
    expect(generateTasksJob.cron).toBeDefined();
    await expect(
      generateTasksJob.handler(generateTasksJob.schema.parse({}), {
        db: t.db,
        jobId: 'j',
        attempt: 1,
        workerId: 'w',
      }),
    ).resolves.toBeUndefined();
  });
});

describe('markMissedChecks', () => {
  it('marks pending tasks whose window closed, once, with a check-missed event', async () => {
    const before = await tasksOf(enterpriseId);
    const first = before.find((x) => x.periodStart === '2026-12-04T08:00')!;
    // A record for the second slot: done tasks are never marked.
    await t.db
      .updateTable('inspectionTasks')
      .set({ status: 'done' })
      .where('enterpriseId', '=', enterpriseId)
      .where('periodStart', '=', '2026-12-04T12:00')
      .execute();

    const at = shanghaiInstant('2026-12-04', '12:00');
    const marked = await markMissedChecks(t.db, at);
    expect(marked).toBeGreaterThanOrEqual(1);
    const after = await tasksOf(enterpriseId);
    expect(after.find((x) => x.id === first.id)!.status).toBe('notChecked');
    expect(after.find((x) => x.periodStart === '2026-12-04T12:00')!.status).toBe('done');
    expect(after.filter((x) => x.endsAt > at).every((x) => x.status !== 'notChecked')).toBe(true);

    const events = await t.db
      .selectFrom('domainEvents')
      .select(['entityId', 'payload', 'enterpriseId'])
      .where('type', '=', 'inspection.check-missed')
      .where('entityId', '=', first.id)
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({ taskId: first.id, unitId, itemId: first.itemId });

    expect(await markMissedChecks(t.db, at)).toBe(0);
  });
});
