import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';
import { buildUser } from '../../../../test/factories.ts';
import { loginAs, type Session } from '../../../../test/test-app.ts';
import {
  buildControlMeasure,
  buildRiskEvent,
  buildRiskObject,
  buildRiskUnit,
} from '../../../../test/risk-factories.ts';
import { syncChecklist } from '../checklist/commands/sync-checklist.ts';
import { systemAudit } from '../inspection-record.ts';
import { shanghaiDate } from '../schedule/shanghai-time.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let base: string;
let tankUnit: string;
let pumpUnit: string;
let emptyUnit: string;
let pumpItem: string;
let otherItem: string;
let bystander: Session;
const today = shanghaiDate(new Date());
const inDays = (n: number) => shanghaiDate(new Date(Date.now() + n * 86_400_000));

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  const object = await buildRiskObject(w.t.db, w.ent.id);
  tankUnit = (await buildRiskUnit(w.t.db, w.ent.id, object.id, { name: '罐区' })).id;
  pumpUnit = (await buildRiskUnit(w.t.db, w.ent.id, object.id, { name: '泵房' })).id;
  emptyUnit = (await buildRiskUnit(w.t.db, w.ent.id, object.id, { name: '办公楼' })).id;
  const tankEvent = await buildRiskEvent(w.t.db, w.ent.id, tankUnit);
  await buildControlMeasure(w.t.db, w.ent.id, tankEvent.id, { content: '检查呼吸阀' });
  await buildControlMeasure(w.t.db, w.ent.id, tankEvent.id, { content: '检查防火堤排水阀关闭' });
  const pumpEvent = await buildRiskEvent(w.t.db, w.ent.id, pumpUnit);
  await buildControlMeasure(w.t.db, w.ent.id, pumpEvent.id, { content: '检查机封泄漏' });
  await syncChecklist(w.t.db, systemAudit('test'), w.ent.id, new Date(Date.now() - 86_400_000));
  const items = await w.t.db
    .selectFrom('inspectionItems')
    .select(['id', 'unitId'])
    .where('enterpriseId', '=', w.ent.id)
    .execute();
  pumpItem = items.find((i) => i.unitId === pumpUnit)!.id;
  const otherObject = await buildRiskObject(w.t.db, w.other.id);
  const otherUnit = await buildRiskUnit(w.t.db, w.other.id, otherObject.id);
  const otherEvent = await buildRiskEvent(w.t.db, w.other.id, otherUnit.id);
  await buildControlMeasure(w.t.db, w.other.id, otherEvent.id);
  await syncChecklist(w.t.db, systemAudit('test'), w.other.id, new Date(Date.now() - 86_400_000));
  otherItem = (await w.t.db
    .selectFrom('inspectionItems')
    .select('id')
    .where('enterpriseId', '=', w.other.id)
    .executeTakeFirstOrThrow())!.id;
  const bystanderUser = await buildUser(w.t.db, { roles: ['worker'], enterpriseId: w.ent.id });
  bystander = await loginAs(w.t.app, bystanderUser.username);
  base = `/enterprises/${w.ent.id}/inspection/plans`;
});
afterAll(async () => {
  await w.t.app.close();
});

const plan = (over: object = {}) => ({
  name: '元旦节前安全检查',
  kind: 5,
  startDate: today,
  endDate: inDays(2),
  unitIds: [tankUnit],
  itemIds: [pumpItem],
  assigneeIds: [w.workerUser.id],
  description: '重点检查罐区和泵房',
  ...over,
});

describe('inspection plan routes', () => {
  it('a manager creates a plan: one task per item in scope, open every day of the range, the assignees’ own', async () => {
    const res = await req(w.manager, 'POST', base, plan());
    expect(res.statusCode).toBe(201);
    const created = res.json().data;
    expect(created).toMatchObject({
      name: '元旦节前安全检查',
      kind: 5,
      status: 'active',
      progress: { total: 3, done: 0, missed: 0, open: 3 },
      assignees: [{ id: w.workerUser.id, name: expect.stringMatching(/^测试用户/) }],
      abilities: { cancel: true },
    });

    // Today and tomorrow the worker sees the plan's tasks with their kind; a bystander does not.
    for (const date of [today, inDays(1)]) {
      const mine = (
        await req(w.worker, 'GET', `/enterprises/${w.ent.id}/inspection/tasks?mine=true&date=${date}`)
      )
        .json()
        .data.filter((t: { planId: string | null }) => t.planId === created.id);
      expect(mine).toHaveLength(3);
      expect(mine[0]).toMatchObject({ kind: 5, planName: '元旦节前安全检查', dueDate: inDays(2) });
    }
    const bystanderTasks = (
      await req(bystander, 'GET', `/enterprises/${w.ent.id}/inspection/tasks?mine=true`)
    )
      .json()
      .data.filter((t: { planId: string | null }) => t.planId === created.id);
    expect(bystanderTasks).toHaveLength(0);

    const audit = await w.t.db
      .selectFrom('auditEvents')
      .select(['action', 'actorName'])
      .where('entityId', '=', created.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['inspection.plan-created']);

    const list = (await req(w.worker, 'GET', base)).json();
    expect(list.abilities).toEqual({ create: false });
    expect(list.data[0]).toMatchObject({ id: created.id, abilities: { cancel: false } });
    expect((await req(w.regulatorIn, 'GET', `${base}/${created.id}`)).statusCode).toBe(200);
  });

  it('a checked plan task is done; cancelling withdraws only the unchecked ones, audited', async () => {
    const created = (await req(w.manager, 'POST', base, plan({ name: '专项检查', kind: 3 }))).json().data;
    const tasks = (await req(w.worker, 'GET', `/enterprises/${w.ent.id}/inspection/tasks?mine=true`))
      .json()
      .data.filter((t: { planId: string | null }) => t.planId === created.id);
    const first = tasks[0];
    const submitted = await req(
      w.worker,
      'POST',
      `/enterprises/${w.ent.id}/inspection/tasks/${first.id}/records`,
      {
        answers: [{ itemId: first.itemId, answer: 'normal' }],
      },
    );
    expect(submitted.statusCode).toBe(201);

    expect(
      (await req(w.worker, 'POST', `${base}/${created.id}/cancel`, { reason: '计划调整' })).statusCode,
    ).toBe(403);
    expect((await req(w.manager, 'POST', `${base}/${created.id}/cancel`, { reason: '' })).statusCode).toBe(
      400,
    );
    const cancelled = await req(w.manager, 'POST', `${base}/${created.id}/cancel`, { reason: '计划调整' });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().data).toMatchObject({
      status: 'cancelled',
      cancelReason: '计划调整',
      progress: { total: 1, done: 1, open: 0 },
      abilities: { cancel: false },
    });
    expect(
      (await req(w.manager, 'POST', `${base}/${created.id}/cancel`, { reason: '再次' })).statusCode,
    ).toBe(409);
    const audit = await w.t.db
      .selectFrom('auditEvents')
      .select(['action', 'after'])
      .where('entityId', '=', created.id)
      .where('action', '=', 'inspection.plan-cancelled')
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ cancelReason: '计划调整', withdrawnTasks: 2 });
  });

  it('refuses bad plans with the field named', async () => {
    const cases: [object, string][] = [
      [{ endDate: inDays(-1), startDate: today }, 'body.endDate'],
      [{ startDate: inDays(-10), endDate: inDays(-2) }, 'body.endDate'],
      [{ endDate: inDays(200) }, 'body.endDate'],
      [{ workStartTime: '08:00' }, 'body.workEndTime'],
      [{ workStartTime: '18:00', workEndTime: '08:00' }, 'body.workEndTime'],
      [{ unitIds: [], itemIds: [] }, 'body.unitIds'],
      [{ unitIds: [tankUnit, emptyUnit] }, 'body.unitIds.1'],
      [{ itemIds: [otherItem] }, 'body.itemIds.0'],
      [{ assigneeIds: [w.otherManagerUser.id] }, 'body.assigneeIds.0'],
      [{ assigneeIds: [] }, 'body.assigneeIds'],
      [{ kind: 1 }, 'body.kind'],
      [{ kind: 9 }, 'body.kind'],
      [{ name: '' }, 'body.name'],
    ];
    for (const [over, field] of cases) {
      const res = await req(w.manager, 'POST', base, plan(over));
      expect({ over, status: res.statusCode }).toEqual({ over, status: 400 });
      expect({ over, field: res.json().error.field }).toEqual({ over, field });
    }
    expect((await req(w.worker, 'POST', base, plan())).statusCode).toBe(403);
  });

  it('outsiders get 404 on the list and on every id', async () => {
    const created = (await req(w.manager, 'POST', base, plan({ name: '季节性检查', kind: 4 }))).json().data;
    for (const s of [w.otherManager, w.regulatorOut]) {
      expect((await req(s, 'GET', base)).statusCode).toBe(404);
      expect((await req(s, 'GET', `${base}/${created.id}`)).statusCode).toBe(404);
      expect((await req(s, 'POST', `${base}/${created.id}/cancel`, { reason: 'x' })).statusCode).toBe(404);
    }
    const foreign = `/enterprises/${w.other.id}/inspection/plans/${created.id}`;
    expect((await req(w.otherManager, 'GET', foreign)).statusCode).toBe(404);
  });
});
