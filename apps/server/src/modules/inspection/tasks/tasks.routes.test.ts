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
import { shanghaiDate } from '../schedule/shanghai-time.ts';
import { generateTasks } from './commands/generate-tasks.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let base: string;
let unitId: string;
const today = shanghaiDate(new Date());

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  const object = await buildRiskObject(w.t.db, w.ent.id);
  unitId = (await buildRiskUnit(w.t.db, w.ent.id, object.id, { name: '罐区' })).id;
  const event = await buildRiskEvent(w.t.db, w.ent.id, unitId);
  await buildControlMeasure(w.t.db, w.ent.id, event.id, { content: '巡检呼吸阀' });
  await buildControlMeasure(w.t.db, w.ent.id, event.id, { content: '巡检阻火器' });
  // Items dated yesterday, so today's whole-day tasks exist and are open now.
  await syncChecklist(w.t.db, systemAudit('test'), w.ent.id, new Date(Date.now() - 86_400_000));
  await generateTasks(w.t.db, { from: today, to: today });
  base = `/enterprises/${w.ent.id}/inspection/tasks`;
});
afterAll(async () => {
  await w.t.app.close();
});

describe('task routes', () => {
  it('lists today’s tasks for the caller, open for checking', async () => {
    const res = await req(w.worker, 'GET', `${base}?mine=true`);
    expect(res.statusCode).toBe(200);
    const tasks = res.json().data;
    expect(tasks).toHaveLength(2);
    expect(tasks[0]).toMatchObject({
      unitName: '罐区',
      dueDate: today,
      status: 'pending',
      abilities: { check: true },
    });
    expect((await req(w.manager, 'GET', `${base}?date=${today}&unitId=${unitId}`)).json().data).toHaveLength(
      2,
    );
    const regulator = await req(w.regulatorIn, 'GET', base);
    expect(regulator.statusCode).toBe(200);
    expect(regulator.json().data[0].abilities).toEqual({ check: false });
  });

  it('a worker submits a record: hazard found from an abnormal answer, task done, one event', async () => {
    const [task] = (await req(w.worker, 'GET', base)).json().data;
    const res = await req(w.worker, 'POST', `${base}/${task.id}/records`, {
      answers: [{ itemId: task.itemId, answer: 'abnormal', note: '呼吸阀锈蚀' }],
      byMobile: true,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({ checkStatus: 'hazardFound', byMobile: true, isSteward: false });
    const after = (await req(w.worker, 'GET', base))
      .json()
      .data.find((t: { id: string }) => t.id === task.id);
    expect(after).toMatchObject({ status: 'done', abilities: { check: false } });
    const events = await w.t.db
      .selectFrom('domainEvents')
      .select('payload')
      .where('type', '=', 'inspection.check-recorded')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({
      taskId: task.id,
      unitId,
      checkStatus: 'hazardFound',
      abnormalItemIds: [task.itemId],
    });

    // The same task completed from a second device: kept, pointing at the first, flagged for review.
    const again = await req(w.manager, 'POST', `${base}/${task.id}/records`, {
      answers: [{ itemId: task.itemId, answer: 'normal' }],
    });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().data).toMatchObject({
      duplicateOf: res.json().data.id,
      needsReview: true,
      checkStatus: 'normal',
    });
    const recorded = await w.t.db
      .selectFrom('domainEvents')
      .select('type')
      .where('type', 'in', ['inspection.check-recorded', 'inspection.check-duplicated'])
      .execute();
    expect(recorded.map((e) => e.type).sort()).toEqual([
      'inspection.check-duplicated',
      'inspection.check-recorded',
    ]);
  });

  it('answers must be the task’s item; normal answers give a normal record', async () => {
    const tasks = (await req(w.worker, 'GET', base)).json().data;
    const open = tasks.find((t: { status: string }) => t.status === 'pending');
    const done = tasks.find((t: { status: string }) => t.status === 'done');
    const wrong = await req(w.worker, 'POST', `${base}/${open.id}/records`, {
      answers: [{ itemId: done.itemId, answer: 'normal' }],
    });
    expect(wrong.statusCode).toBe(400);
    const ok = await req(w.worker, 'POST', `${base}/${open.id}/records`, {
      answers: [{ itemId: open.itemId, answer: 'notApplicable' }],
    });
    expect(ok.json().data.checkStatus).toBe('normal');
  });

  it('outsiders get 404; a regulator may not check', async () => {
    const [task] = (await req(w.manager, 'GET', base)).json().data;
    const body = { answers: [{ itemId: task.itemId, answer: 'normal' }] };
    expect((await req(w.otherManager, 'GET', base)).statusCode).toBe(404);
    expect((await req(w.regulatorOut, 'GET', base)).statusCode).toBe(404);
    expect((await req(w.otherManager, 'POST', `${base}/${task.id}/records`, body)).statusCode).toBe(404);
    const viaOwn = `/enterprises/${w.other.id}/inspection/tasks/${task.id}/records`;
    expect((await req(w.otherManager, 'POST', viaOwn, body)).statusCode).toBe(404);
    expect((await req(w.regulatorIn, 'POST', `${base}/${task.id}/records`, body)).statusCode).toBe(403);
  });
});
