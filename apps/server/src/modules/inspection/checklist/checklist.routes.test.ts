import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';
import {
  buildControlMeasure,
  buildRiskEvent,
  buildRiskObject,
  buildRiskUnit,
} from '../../../../test/risk-factories.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let base: string;

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  const object = await buildRiskObject(w.t.db, w.ent.id);
  const unit = await buildRiskUnit(w.t.db, w.ent.id, object.id, { name: '装车台' });
  const event = await buildRiskEvent(w.t.db, w.ent.id, unit.id);
  await buildControlMeasure(w.t.db, w.ent.id, event.id, { content: '检查静电接地夹' });
  base = `/enterprises/${w.ent.id}/inspection/items`;
});
afterAll(async () => {
  await w.t.app.close();
});

describe('checklist routes', () => {
  it('a manager syncs the checklist from the register', async () => {
    const res = await req(w.manager, 'POST', `${base}/sync`);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual({ created: 1, updated: 0, retired: 0 });
  });

  it('downloads 隐患排查清单 as .xlsx with what seed 003 asks of each item; outsiders get 404', async () => {
    const res = await req(w.worker, 'GET', `${base}/export.xlsx`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('隐患排查清单-');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('隐患排查清单')!;
    expect(sheet.getRow(2).values).toEqual(
      expect.arrayContaining([
        '风险部位',
        '风险管控措施',
        '风险失控表现',
        '排查内容',
        '责任部门',
        '责任人',
        '排查周期',
      ]),
    );
    expect(sheet.getRow(3).values).toEqual(expect.arrayContaining([1, '装车台', '检查静电接地夹', '每天']));
    expect((await req(w.otherManager, 'GET', `${base}/export.xlsx`)).statusCode).toBe(404);
  });

  it('a worker may not sync, and sees the items without edit abilities', async () => {
    expect((await req(w.worker, 'POST', `${base}/sync`)).statusCode).toBe(403);
    const res = await req(w.worker, 'GET', base);
    expect(res.statusCode).toBe(200);
    expect(res.json().abilities).toEqual({ sync: false });
    expect(res.json().data[0]).toMatchObject({
      unitName: '装车台',
      measureContent: '检查静电接地夹',
      checkCycleUnit: 'day',
      abilities: { edit: false },
    });
  });

  it('a manager sets an hourly schedule; a missing window names the field', async () => {
    const [item] = (await req(w.manager, 'GET', base)).json().data;
    expect(item.abilities).toEqual({ edit: true });
    const bad = await req(w.manager, 'PATCH', `${base}/${item.id}`, {
      checkCycle: 2,
      checkCycleUnit: 'hour',
      workStartTime: null,
      workEndTime: null,
      dayType: 'workingDays',
      version: item.version,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({
      code: 'INSPECTION_WINDOW_REQUIRED',
      field: 'body.workStartTime',
    });

    const ok = await req(w.manager, 'PATCH', `${base}/${item.id}`, {
      checkCycle: 2,
      checkCycleUnit: 'hour',
      workStartTime: '08:00',
      workEndTime: '18:00',
      dayType: 'workingDays',
      version: item.version,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data).toMatchObject({
      checkCycle: 2,
      checkCycleUnit: 'hour',
      version: item.version + 1,
    });

    const stale = await req(w.manager, 'PATCH', `${base}/${item.id}`, {
      checkCycle: 1,
      checkCycleUnit: 'day',
      workStartTime: null,
      workEndTime: null,
      dayType: 'everyDay',
      version: item.version,
    });
    expect(stale.statusCode).toBe(409);
    const audit = await w.t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityId', '=', item.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['inspection.item-updated']);
  });

  it('outsiders get 404; a regulator in remit reads', async () => {
    expect((await req(w.otherManager, 'GET', base)).statusCode).toBe(404);
    expect((await req(w.regulatorOut, 'GET', base)).statusCode).toBe(404);
    expect((await req(w.otherManager, 'POST', `${base}/sync`)).statusCode).toBe(404);
    const [item] = (await req(w.manager, 'GET', base)).json().data;
    const patch = {
      checkCycle: 1,
      checkCycleUnit: 'day',
      workStartTime: null,
      workEndTime: null,
      dayType: 'everyDay',
      version: 1,
    };
    expect((await req(w.otherManager, 'PATCH', `${base}/${item.id}`, patch)).statusCode).toBe(404);
    const otherBase = `/enterprises/${w.other.id}/inspection/items`;
    expect((await req(w.otherManager, 'PATCH', `${otherBase}/${item.id}`, patch)).statusCode).toBe(404);
    const regulator = await req(w.regulatorIn, 'GET', base);
    expect(regulator.statusCode).toBe(200);
    expect(regulator.json().data[0].abilities).toEqual({ edit: false });
    expect((await req(w.regulatorIn, 'POST', `${base}/sync`)).statusCode).toBe(403);
  });
});
