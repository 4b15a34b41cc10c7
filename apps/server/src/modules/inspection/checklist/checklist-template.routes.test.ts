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
  // A tank farm that is a major hazard source, and a workshop that is not.
  const farm = await buildRiskObject(w.t.db, w.ent.id, { isMajorSource: true });
  const tank = await buildRiskUnit(w.t.db, w.ent.id, farm.id, { name: '储罐' });
  const shop = await buildRiskObject(w.t.db, w.ent.id);
  const press = await buildRiskUnit(w.t.db, w.ent.id, shop.id, { name: '压机' });
  for (const [unit, content] of [
    [tank.id, '巡检呼吸阀'],
    [press.id, '巡检防护罩'],
  ] as const) {
    const event = await buildRiskEvent(w.t.db, w.ent.id, unit);
    await buildControlMeasure(w.t.db, w.ent.id, event.id, { content });
  }
  base = `/enterprises/${w.ent.id}/inspection/items`;
  expect((await req(w.manager, 'POST', `${base}/sync`)).statusCode).toBe(200);
});
afterAll(async () => {
  await w.t.app.close();
});

describe('the chemical template (应急〔2019〕78号)', () => {
  it('refuses outsiders (404), workers (403 naming the permission) and unknown templates (400)', async () => {
    const body = { template: 'chemical-2019-78' };
    expect((await req(w.otherManager, 'POST', `${base}/template`, body)).statusCode).toBe(404);
    const worker = await req(w.worker, 'POST', `${base}/template`, body);
    expect(worker.statusCode).toBe(403);
    expect(JSON.stringify(worker.json())).toContain('inspection.manage');
    const bad = await req(w.manager, 'POST', `${base}/template`, { template: 'mining' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('body.template');
  });

  it('sets patrols every 2 hours, every hour at the major source, round the clock', async () => {
    const res = await req(w.manager, 'POST', `${base}/template`, { template: 'chemical-2019-78' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual({ updated: 2, keyUnitItems: 1 });
    const items = (await req(w.manager, 'GET', base)).json().data as {
      unitName: string;
      checkCycle: number;
      checkCycleUnit: string;
      workStartTime: string;
      workEndTime: string;
    }[];
    const byUnit = Object.fromEntries(items.map((i) => [i.unitName, i]));
    expect(byUnit['储罐']).toMatchObject({
      checkCycle: 1,
      checkCycleUnit: 'hour',
      workStartTime: '00:00',
      workEndTime: '24:00',
    });
    expect(byUnit['压机']).toMatchObject({
      checkCycle: 2,
      checkCycleUnit: 'hour',
      workStartTime: '00:00',
      workEndTime: '24:00',
    });
    const audits = await w.t.db
      .selectFrom('auditEvents')
      .select('id')
      .where('action', '=', 'inspection.item-updated')
      .where('enterpriseId', '=', w.ent.id)
      .execute();
    expect(audits).toHaveLength(2);
  });

  it('a second click changes nothing', async () => {
    const res = await req(w.manager, 'POST', `${base}/template`, { template: 'chemical-2019-78' });
    expect(res.json().data).toEqual({ updated: 0, keyUnitItems: 1 });
  });
});
