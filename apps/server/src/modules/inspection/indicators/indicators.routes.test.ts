import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';
import {
  buildControlMeasure,
  buildRiskEvent,
  buildRiskObject,
  buildRiskUnit,
} from '../../../../test/risk-factories.ts';
import { syncChecklist } from '../checklist/commands/sync-checklist.ts';
import { systemAudit } from '../inspection-record.ts';
import { generateTasks } from '../tasks/commands/generate-tasks.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let base: string;
let tankUnit: string;
const from = '2026-11-23';
const to = '2026-11-25';

/** Records a check of a task as if made at `at` (the past cannot be submitted through the window). */
async function recordCheck(taskId: string, at: Date, checkStatus: 'normal' | 'hazardFound', by: string) {
  await w.t.db
    .insertInto('inspectionRecords')
    .values({
      enterpriseId: w.ent.id,
      id: randomUUID(),
      taskId,
      checkTime: at,
      checkStatus,
      checkedBy: by,
      checkedByName: '测试',
    })
    .execute();
  await w.t.db.updateTable('inspectionTasks').set({ status: 'done' }).where('id', '=', taskId).execute();
}

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  const object = await buildRiskObject(w.t.db, w.ent.id);
  tankUnit = (await buildRiskUnit(w.t.db, w.ent.id, object.id, { name: '罐区' })).id;
  const pumpUnit = (await buildRiskUnit(w.t.db, w.ent.id, object.id, { name: '泵房' })).id;
  for (const unit of [tankUnit, pumpUnit]) {
    const event = await buildRiskEvent(w.t.db, w.ent.id, unit);
    await buildControlMeasure(w.t.db, w.ent.id, event.id, { content: '巡检' });
  }
  await syncChecklist(w.t.db, systemAudit('test'), w.ent.id, new Date('2026-11-01T00:00:00Z'));
  // Daily whole-day items: 3 days × 2 units = 6 tasks; the pump room's are technicians' steward checks.
  await w.t.db
    .updateTable('inspectionItems')
    .set({ workType: 'technical' })
    .where('unitId', '=', pumpUnit)
    .execute();
  await generateTasks(w.t.db, { from, to });
  const tasks = await w.t.db
    .selectFrom('inspectionTasks')
    .selectAll()
    .where('enterpriseId', '=', w.ent.id)
    .orderBy('dueDate')
    .execute();
  const tank = tasks.filter((t) => t.unitId === tankUnit);
  const pump = tasks.filter((t) => t.unitId !== tankUnit);
  // Tank: done, done with a hazard, one marked 未排查. Pump: one done, two left pending past their window.
  await recordCheck(tank[0]!.id, new Date('2026-11-23T02:00:00Z'), 'normal', w.managerUser.id);
  await recordCheck(tank[1]!.id, new Date('2026-11-24T03:00:00Z'), 'hazardFound', w.workerUser.id);
  await w.t.db
    .updateTable('inspectionTasks')
    .set({ status: 'notChecked' })
    .where('id', '=', tank[2]!.id)
    .execute();
  await recordCheck(pump[0]!.id, new Date('2026-11-23T05:00:00Z'), 'normal', w.workerUser.id);
  base = `/enterprises/${w.ent.id}/inspection`;
});
afterAll(async () => {
  await w.t.app.close();
});

describe('inspection indicators', () => {
  it('counts completion, on-time, hazards found and participation by unit', async () => {
    const res = await req(w.manager, 'GET', `${base}/indicators?from=${from}&to=${to}&groupBy=unit`);
    expect(res.statusCode).toBe(200);
    const { totals, rows, stewardByRole } = res.json().data;
    expect(totals).toMatchObject({
      due: 6,
      done: 3,
      missed: 3,
      open: 0,
      onTime: 3,
      hazardFound: 1,
      completionRate: 0.5,
      onTimeRate: 0.5,
      hazardFoundRate: 0.3333,
      checkers: 2,
    });
    expect(totals.participationRate).toBeCloseTo(2 / totals.headcount, 4);
    const tank = rows.find((r: { key: string }) => r.key === tankUnit);
    expect(tank).toMatchObject({ label: '罐区', due: 3, done: 2, missed: 1, completionRate: 0.6667 });
    expect(stewardByRole).toEqual([
      expect.objectContaining({ key: 'technical', due: 3, done: 1, completionRate: 0.3333 }),
    ]);
  });

  it('groups by day and by work type, and drills down to the tasks behind a figure', async () => {
    const byDay = (await req(w.manager, 'GET', `${base}/indicators?from=${from}&to=${to}&groupBy=day`)).json()
      .data.rows;
    expect(byDay.map((r: { key: string; done: number }) => [r.key, r.done])).toEqual([
      ['2026-11-23', 2],
      ['2026-11-24', 1],
      ['2026-11-25', 0],
    ]);
    // The calendar of one unit: the same days, only its tasks.
    const tankDays = (
      await req(w.manager, 'GET', `${base}/indicators?from=${from}&to=${to}&groupBy=day&unitId=${tankUnit}`)
    ).json().data;
    expect(
      tankDays.rows.map((r: { key: string; done: number; missed: number }) => [r.key, r.done, r.missed]),
    ).toEqual([
      ['2026-11-23', 1, 0],
      ['2026-11-24', 1, 0],
      ['2026-11-25', 0, 1],
    ]);
    expect(tankDays.totals.due).toBe(3);
    const missed = await req(
      w.manager,
      'GET',
      `${base}/outcomes?from=${from}&to=${to}&unitId=${tankUnit}&status=notChecked`,
    );
    expect(missed.json()).toMatchObject({ total: 1, data: [{ dueDate: '2026-11-25', record: null }] });
    const technical = (
      await req(w.manager, 'GET', `${base}/outcomes?from=${from}&to=${to}&workType=technical&status=done`)
    ).json();
    expect(technical.total).toBe(1);
    expect(technical.data[0].record).toMatchObject({ checkStatus: 'normal', checkedByName: '测试' });
  });

  it('is read by regulators in remit; outsiders get 404; bad periods name the field', async () => {
    const url = `${base}/indicators?from=${from}&to=${to}`;
    expect((await req(w.regulatorIn, 'GET', url)).statusCode).toBe(200);
    expect((await req(w.regulatorOut, 'GET', url)).statusCode).toBe(404);
    expect((await req(w.otherManager, 'GET', url)).statusCode).toBe(404);
    expect((await req(w.otherManager, 'GET', `${base}/outcomes?from=${from}&to=${to}`)).statusCode).toBe(404);
    const backwards = await req(w.manager, 'GET', `${base}/indicators?from=${to}&to=${from}`);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.field).toBe('querystring.to');
    const tooLong = await req(w.manager, 'GET', `${base}/indicators?from=2025-01-01&to=2026-06-30`);
    expect(tooLong.statusCode).toBe(400);
  });
});
