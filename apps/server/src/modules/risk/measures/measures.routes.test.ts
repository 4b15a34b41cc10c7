import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrgUnit } from '../../../../test/factories.ts';
import { buildRiskEvent, buildRiskObject, buildRiskUnit } from '../../../../test/risk-factories.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let unit: { id: string };
let event: { id: string };
const e = () => `/enterprises/${w.ent.id}`;
const add = (body: object) => req(w.manager, 'POST', `${e()}/risk-events/${event.id}/measures`, body);

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  const object = await buildRiskObject(w.t.db, w.ent.id);
  unit = await buildRiskUnit(w.t.db, w.ent.id, object.id);
  event = await buildRiskEvent(w.t.db, w.ent.id, unit.id);
});

describe('control measures', () => {
  it('adds control measures by hierarchy and classify1/2, and emergency measures apart', async () => {
    const team = await buildOrgUnit(w.t.db, w.ent.id, 'team');
    const ppe = await add({
      kind: 'control',
      hierarchy: 'ppe',
      classify1: '4',
      classify2: '4-2',
      content: '佩戴防毒面具',
    });
    expect(ppe.statusCode).toBe(201);
    const eng = await add({
      kind: 'control',
      hierarchy: 'engineering',
      classify1: '1',
      classify2: '1-4',
      content: '可燃气体检测报警与紧急切断联锁',
      troubleshootContent: '检查报警仪在检定有效期内、联锁投用',
      failureSign: '报警仪失效或联锁摘除',
      responsibleUnitId: team.id,
    });
    expect(eng.json().data).toMatchObject({
      kind: 'control',
      hierarchy: 'engineering',
      classify2: '1-4',
      responsibleUnitId: team.id,
    });
    const emergency = await add({ kind: 'emergency', content: '发生泄漏立即启动应急预案，疏散人员' });
    expect(emergency.statusCode).toBe(201);
    const detail = (await req(w.manager, 'GET', `${e()}/risk-units/${unit.id}`)).json().data.events[0];
    expect(detail.measures.map((m: { hierarchy: string }) => m.hierarchy)).toEqual(['engineering', 'ppe']);
    expect(detail.emergencyMeasures.map((m: { content: string }) => m.content)).toEqual([
      '发生泄漏立即启动应急预案，疏散人员',
    ]);
    const list = (await req(w.regulatorIn, 'GET', `${e()}/risk-events/${event.id}/measures`)).json().data;
    expect(list.measures).toHaveLength(2);
  });

  it('keeps the national dataSrc on each measure: investigation by default, monitoring when chosen', async () => {
    const checked = await add({ kind: 'control', hierarchy: 'administrative', content: '每班巡检储罐液位' });
    expect(checked.json().data).toMatchObject({ dataSrc: 'investigation', dataSrcCode: 2 });
    const monitored = await add({
      kind: 'control',
      hierarchy: 'engineering',
      content: '液位高高联锁',
      dataSrc: 'monitoring',
    });
    expect(monitored.json().data).toMatchObject({ dataSrc: 'monitoring', dataSrcCode: 1 });
    const id = checked.json().data.id as string;
    const moved = await req(w.manager, 'PATCH', `${e()}/risk-measures/${id}`, { dataSrc: 'monitoring' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().data).toMatchObject({ dataSrc: 'monitoring' });
  });

  it('names the field: hierarchy missing, classify2 outside classify1, foreign responsible person', async () => {
    expect((await add({ kind: 'control', content: '甲' })).json().error.field).toBe('body.hierarchy');
    expect(
      (
        await add({
          kind: 'control',
          hierarchy: 'engineering',
          classify1: '2',
          classify2: '1-1',
          content: '乙',
        })
      ).json().error.field,
    ).toBe('body.classify2');
    expect(
      (await add({ kind: 'control', hierarchy: 'engineering', classify2: '1-1', content: '丙' })).json().error
        .field,
    ).toBe('body.classify1');
    expect((await add({ kind: 'control', hierarchy: 'shield', content: '丁' })).json().error.field).toBe(
      'body.hierarchy',
    );
    const foreign = await add({ kind: 'emergency', content: '戊', responsibleUserId: w.otherManagerUser.id });
    expect(foreign.json().error.field).toBe('body.responsibleUserId');
  });

  it('checks the merged measure on update and deletes', async () => {
    const id = (
      await add({
        kind: 'control',
        hierarchy: 'administrative',
        classify1: '3',
        classify2: '3-1',
        content: '持证上岗',
      })
    ).json().data.id;
    const bad = await req(w.manager, 'PATCH', `${e()}/risk-measures/${id}`, { classify1: '1' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('body.classify2');
    const noHierarchy = await req(w.manager, 'PATCH', `${e()}/risk-measures/${id}`, { hierarchy: null });
    expect(noHierarchy.json().error.field).toBe('body.hierarchy');
    const ok = await req(w.manager, 'PATCH', `${e()}/risk-measures/${id}`, {
      classify1: '3',
      classify2: '3-3',
      content: '交接班确认',
    });
    expect(ok.json().data).toMatchObject({ classify2: '3-3', content: '交接班确认' });
    expect((await req(w.worker, 'DELETE', `${e()}/risk-measures/${id}`)).statusCode).toBe(403);
    expect(
      (await req(w.regulatorIn, 'PATCH', `${e()}/risk-measures/${id}`, { content: 'x' })).statusCode,
    ).toBe(403);
    expect((await req(w.manager, 'DELETE', `${e()}/risk-measures/${id}`)).statusCode).toBe(204);
    expect((await req(w.manager, 'DELETE', `${e()}/risk-measures/${id}`)).statusCode).toBe(404);
  });

  it('is locked while the unit is under review', async () => {
    await w.t.db.updateTable('riskUnits').set({ status: 'submitted' }).where('id', '=', unit.id).execute();
    const res = await add({ kind: 'emergency', content: '己' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('RISK_UNIT_LOCKED');
    await w.t.db.updateTable('riskUnits').set({ status: 'draft' }).where('id', '=', unit.id).execute();
  });
});
