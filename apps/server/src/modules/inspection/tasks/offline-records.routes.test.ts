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
import { shanghaiDate } from '../schedule/shanghai-time.ts';
import { generateTasks } from './commands/generate-tasks.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let base: string;
let records: string;
const today = shanghaiDate(new Date());
type Task = { id: string; itemId: string };
let tasks: Task[];

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  const object = await buildRiskObject(w.t.db, w.ent.id);
  const unitId = (await buildRiskUnit(w.t.db, w.ent.id, object.id, { name: '罐区' })).id;
  const event = await buildRiskEvent(w.t.db, w.ent.id, unitId);
  for (const content of ['巡检呼吸阀', '巡检阻火器', '巡检液位计', '巡检防火堤', '巡检接地'])
    await buildControlMeasure(w.t.db, w.ent.id, event.id, { content });
  await syncChecklist(w.t.db, systemAudit('test'), w.ent.id, new Date(Date.now() - 86_400_000));
  await generateTasks(w.t.db, { from: today, to: today });
  base = `/enterprises/${w.ent.id}/inspection/tasks`;
  records = `/enterprises/${w.ent.id}/inspection/records`;
  tasks = (await req(w.worker, 'GET', `${base}?mine=true`)).json().data;
  expect(tasks).toHaveLength(5);
});
afterAll(async () => {
  await w.t.app.close();
});

const submit = (task: Task, extra: object = {}, by = w.worker, answer = 'normal') =>
  req(by, 'POST', `${base}/${task.id}/records`, {
    answers: [{ itemId: task.itemId, answer }],
    byMobile: true,
    ...extra,
  });

/** Moves a task's window into the past (as if the phone was offline while it closed). */
async function closeWindow(task: Task, status: 'pending' | 'notChecked' = 'pending') {
  await w.t.db
    .updateTable('inspectionTasks')
    .set({ startsAt: hoursAgo(10), endsAt: hoursAgo(1), status })
    .where('id', '=', task.id)
    .execute();
}

describe('records made without a network', () => {
  it('a resend of the same queued record returns the first, once', async () => {
    const clientRecordId = randomUUID();
    const first = await submit(tasks[0]!, { clientRecordId });
    expect(first.statusCode, first.body).toBe(201);
    const again = await submit(tasks[0]!, { clientRecordId });
    expect(again.statusCode).toBe(201);
    expect(again.json().data.id).toBe(first.json().data.id);
    const count = await w.t.db
      .selectFrom('inspectionRecords')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('taskId', '=', tasks[0]!.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    // The same device id for another task is a client bug, said plainly.
    const misuse = await submit(tasks[1]!, { clientRecordId });
    expect(misuse.statusCode).toBe(400);
    expect(misuse.json().error.field).toBe('body.clientRecordId');
  });

  it('is taken with the time it was made after the window closed, even once marked missed', async () => {
    await closeWindow(tasks[1]!, 'notChecked');
    const checkedAt = hoursAgo(2).toISOString();
    const res = await submit(tasks[1]!, { checkedAt, clientRecordId: randomUUID() });
    expect(res.statusCode, res.body).toBe(201);
    const data = res.json().data;
    expect(data.checkTime).toBe(checkedAt);
    expect(new Date(data.submittedAt).getTime()).toBeGreaterThan(new Date(checkedAt).getTime());
    const task = await w.t.db
      .selectFrom('inspectionTasks')
      .select('status')
      .where('id', '=', tasks[1]!.id)
      .executeTakeFirstOrThrow();
    expect(task.status).toBe('done');
  });

  it('refuses a device time outside the window, in the future, or days old, naming the field', async () => {
    await closeWindow(tasks[2]!);
    const late = await submit(tasks[2]!, { checkedAt: hoursAgo(0.5).toISOString() });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('INSPECTION_TASK_CLOSED');
    const future = await submit(tasks[2]!, { checkedAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.field).toBe('body.checkedAt');
    const old = await submit(tasks[2]!, { checkedAt: hoursAgo(80).toISOString() });
    expect(old.statusCode).toBe(400);
    expect(old.json().error.field).toBe('body.checkedAt');
  });
});

describe('the same task from two devices, corrections and review', () => {
  it('keeps the second record for review; a manager reviews it; a worker may not', async () => {
    const first = (await submit(tasks[3]!)).json().data;
    const second = await submit(tasks[3]!, {}, w.worker, 'abnormal');
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().data).toMatchObject({ duplicateOf: first.id, needsReview: true });
    // What the second device saw is not lost: its abnormal answer is a finding.
    const findings = await w.t.db
      .selectFrom('domainEvents')
      .select('payload')
      .where('type', '=', 'inspection.finding-reported')
      .execute();
    expect(findings.some((e) => (e.payload as { recordId: string }).recordId === second.json().data.id)).toBe(
      true,
    );

    const waiting = (await req(w.manager, 'GET', `${records}?needsReview=true`)).json().data;
    expect(waiting.map((r: { id: string }) => r.id)).toEqual([second.json().data.id]);
    expect((await req(w.worker, 'POST', `${records}/${second.json().data.id}/review`, {})).statusCode).toBe(
      403,
    );
    const reviewed = await req(w.manager, 'POST', `${records}/${second.json().data.id}/review`, {
      comment: '两台手机重复提交，以第一条为准；异常已登记隐患',
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json().data).toMatchObject({ needsReview: false });
    expect((await req(w.manager, 'GET', `${records}?needsReview=true`)).json().data).toEqual([]);
    expect((await req(w.manager, 'POST', `${records}/${second.json().data.id}/review`, {})).statusCode).toBe(
      409,
    );
  });

  it('a correction is a new record pointing at the old one, which stays as it was', async () => {
    const original = (await submit(tasks[4]!, {}, w.worker, 'abnormal')).json().data;
    const fix = await submit(tasks[4]!, { correctsRecordId: original.id, note: '误点异常，复查正常' });
    expect(fix.statusCode, fix.body).toBe(201);
    expect(fix.json().data).toMatchObject({
      correctsRecordId: original.id,
      needsReview: false,
      checkStatus: 'normal',
    });
    const list = (await req(w.manager, 'GET', `${records}?taskId=${tasks[4]!.id}`)).json().data;
    const old = list.find((r: { id: string }) => r.id === original.id);
    expect(old).toMatchObject({ checkStatus: 'hazardFound', correctedBy: [fix.json().data.id] });
    // Another task's record is no correction of this one; another worker may not correct it.
    const wrong = await submit(tasks[3]!, { correctsRecordId: original.id });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.field).toBe('body.correctsRecordId');
  });

  it('lists records with their answers, photos and people; outsiders get 404', async () => {
    const res = await req(w.manager, 'GET', `${records}?limit=2`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.data).toHaveLength(2);
    expect(body.data[0]).toMatchObject({
      unitName: '罐区',
      checkedByName: expect.any(String),
      answers: [expect.objectContaining({ answer: expect.any(String), photos: [] })],
    });
    expect(body.nextCursor).toEqual(expect.any(String));
    const next = (await req(w.manager, 'GET', `${records}?limit=2&cursor=${body.nextCursor}`)).json().data;
    expect(next.map((r: { id: string }) => r.id)).not.toContain(body.data[0].id);
    expect((await req(w.otherManager, 'GET', records)).statusCode).toBe(404);
  });
});
