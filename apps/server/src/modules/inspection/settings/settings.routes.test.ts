import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPng } from '../../../../test/fixtures/images.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';
import {
  buildControlMeasure,
  buildRiskEvent,
  buildRiskObject,
  buildRiskUnit,
} from '../../../../test/risk-factories.ts';
import type { Session } from '../../../../test/test-app.ts';
import { syncChecklist } from '../checklist/commands/sync-checklist.ts';
import { systemAudit } from '../inspection-record.ts';
import { shanghaiDate } from '../schedule/shanghai-time.ts';
import { generateTasks } from '../tasks/commands/generate-tasks.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let e: string;
type Task = { id: string; itemId: string; photoRequired: boolean; scanRequired: boolean };
let tasks: Task[];

async function photo(s: Session): Promise<string> {
  const boundary = '----sk-settings-test';
  const res = await w.t.app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: { ...s.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="seal.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      tinyPng(),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data.id as string;
}

const submit = (task: Task, extra: object = {}, photoFileIds: string[] = []) =>
  req(w.worker, 'POST', `${e}/tasks/${task.id}/records`, {
    answers: [{ itemId: task.itemId, answer: 'normal', photoFileIds }],
    byMobile: true,
    ...extra,
  });

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  const object = await buildRiskObject(w.t.db, w.ent.id);
  const unitId = (await buildRiskUnit(w.t.db, w.ent.id, object.id, { name: '液氯充装台' })).id;
  const event = await buildRiskEvent(w.t.db, w.ent.id, unitId);
  for (const content of ['检查紧急切断阀铅封', '检查充装软管', '检查称重仪表', '检查防护用品'])
    await buildControlMeasure(w.t.db, w.ent.id, event.id, { content });
  await syncChecklist(w.t.db, systemAudit('test'), w.ent.id, new Date(Date.now() - 86_400_000));
  const today = shanghaiDate(new Date());
  await generateTasks(w.t.db, { from: today, to: today });
  e = `/enterprises/${w.ent.id}/inspection`;
  tasks = (await req(w.worker, 'GET', `${e}/tasks?mine=true`)).json().data;
  expect(tasks).toHaveLength(4);
});
afterAll(async () => {
  await w.t.app.close();
});

describe('要求拍照: an item that needs a photo with every answer', () => {
  it('refuses an answer without a photo, naming the field, and takes one with', async () => {
    const items = (await req(w.manager, 'GET', `${e}/items`)).json().data;
    const item = items.find((i: { id: string }) => i.id === tasks[0]!.itemId);
    expect(item.photoRequired).toBe(false);
    const res = await req(w.manager, 'PATCH', `${e}/items/${item.id}`, {
      checkCycle: item.checkCycle,
      checkCycleUnit: item.checkCycleUnit,
      workStartTime: item.workStartTime,
      workEndTime: item.workEndTime,
      dayType: item.dayType,
      photoRequired: true,
      version: item.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.photoRequired).toBe(true);
    const task = (await req(w.worker, 'GET', `${e}/tasks?mine=true`))
      .json()
      .data.find((t: Task) => t.id === tasks[0]!.id);
    expect(task.photoRequired).toBe(true);

    const without = await submit(tasks[0]!);
    expect(without.statusCode).toBe(400);
    expect(without.json().error).toMatchObject({
      code: 'INSPECTION_PHOTO_REQUIRED',
      field: 'body.answers.0.photoFileIds',
    });
    expect((await submit(tasks[0]!, {}, [await photo(w.worker)])).statusCode).toBe(201);
  });
});

describe('要求现场扫码: the enterprise takes checks only after scanning', () => {
  it('is off by default; only a manager turns it on; then unscanned checks are refused', async () => {
    const initial = await req(w.worker, 'GET', `${e}/settings`);
    expect(initial.json().data).toEqual({ requireScan: false, abilities: { edit: false } });
    expect((await req(w.worker, 'PUT', `${e}/settings`, { requireScan: true })).statusCode).toBe(403);
    const on = await req(w.manager, 'PUT', `${e}/settings`, { requireScan: true });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json().data).toEqual({ requireScan: true, abilities: { edit: true } });
    const audit = await w.t.db
      .selectFrom('auditEvents')
      .select(['before', 'after'])
      .where('action', '=', 'inspection.settings-updated')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ before: { requireScan: false }, after: { requireScan: true } });

    const listed = (await req(w.worker, 'GET', `${e}/tasks?mine=true`)).json().data;
    expect(listed.every((t: Task) => t.scanRequired)).toBe(true);
    const unscanned = await submit(tasks[1]!);
    expect(unscanned.statusCode).toBe(409);
    expect(unscanned.json().error.code).toBe('INSPECTION_SCAN_REQUIRED');
    expect((await submit(tasks[1]!, { scanned: true })).statusCode).toBe(201);

    expect((await req(w.manager, 'PUT', `${e}/settings`, { requireScan: false })).statusCode).toBe(200);
    expect((await submit(tasks[2]!)).statusCode).toBe(201);
  });

  it('hides one enterprise’s settings from another', async () => {
    expect((await req(w.otherManager, 'GET', `${e}/settings`)).statusCode).toBe(404);
    expect((await req(w.otherManager, 'PUT', `${e}/settings`, { requireScan: true })).statusCode).toBe(404);
  });
});
