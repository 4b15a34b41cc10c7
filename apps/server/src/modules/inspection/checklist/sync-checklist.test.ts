import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnterprise, buildJurisdictions } from '../../../../test/factories.ts';
import {
  buildControlMeasure,
  buildRiskEvent,
  buildRiskObject,
  buildRiskUnit,
} from '../../../../test/risk-factories.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { systemAudit } from '../inspection-record.ts';
import { syncChecklist } from './commands/sync-checklist.ts';
import { followRegister } from './follow-register.ts';

let t: TestApp;
let enterpriseId: string;
let otherId: string;
let unitId: string;
let eventId: string;
const audit = systemAudit('test');
const now = new Date('2026-12-03T02:00:00Z');

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  enterpriseId = (await buildEnterprise(t.db)).id;
  otherId = (await buildEnterprise(t.db)).id;
  const object = await buildRiskObject(t.db, enterpriseId);
  unitId = (await buildRiskUnit(t.db, enterpriseId, object.id, { name: '1号储罐' })).id;
  eventId = (await buildRiskEvent(t.db, enterpriseId, unitId, { name: '储罐泄漏' })).id;
});
afterAll(async () => {
  await t.app.close();
});

const items = () =>
  t.db
    .selectFrom('inspectionItems')
    .selectAll()
    .where('enterpriseId', '=', enterpriseId)
    .orderBy('createdAt')
    .execute();

describe('syncChecklist', () => {
  it('creates one item per investigation measure, copying what the check shows', async () => {
    const m = await buildControlMeasure(t.db, enterpriseId, eventId, { content: '巡检液位计' });
    await t.db
      .updateTable('riskControlMeasures')
      .set({ failureSign: '液位超高报警', troubleshootContent: '查看液位计读数' })
      .where('id', '=', m.id)
      .execute();
    const monitored = await buildControlMeasure(t.db, enterpriseId, eventId, { content: 'DCS 液位联锁' });
    await t.db
      .updateTable('riskControlMeasures')
      .set({ dataSrc: 'monitoring' })
      .where('id', '=', monitored.id)
      .execute();

    expect(await syncChecklist(t.db, audit, enterpriseId, now)).toEqual({
      created: 1,
      updated: 0,
      retired: 0,
    });
    const [item] = await items();
    expect(item).toMatchObject({
      measureId: m.id,
      unitId,
      unitName: '1号储罐',
      eventName: '储罐泄漏',
      measureContent: '巡检液位计',
      failureSign: '液位超高报警',
      troubleshootContent: '查看液位计读数',
      checkCycle: 1,
      checkCycleUnit: 'day',
      dayType: 'everyDay',
      activeFrom: '2026-12-03',
      retiredAt: null,
    });
    const events = await t.db
      .selectFrom('domainEvents')
      .select(['type', 'payload'])
      .where('type', '=', 'inspection.items-synced')
      .execute();
    expect(events).toHaveLength(1);
  });

  it('running it again changes nothing and records nothing', async () => {
    expect(await syncChecklist(t.db, audit, enterpriseId, now)).toEqual({
      created: 0,
      updated: 0,
      retired: 0,
    });
    const n = await t.db
      .selectFrom('domainEvents')
      .select('id')
      .where('type', '=', 'inspection.items-synced')
      .execute();
    expect(n).toHaveLength(1);
  });

  it('follows a changed measure and keeps the item’s own frequency', async () => {
    const [item] = await items();
    await t.db
      .updateTable('inspectionItems')
      .set({ checkCycle: 2, checkCycleUnit: 'hour', workStartTime: '08:00', workEndTime: '18:00' })
      .where('id', '=', item!.id)
      .execute();
    await t.db
      .updateTable('riskControlMeasures')
      .set({ content: '每2小时巡检液位计' })
      .where('id', '=', item!.measureId)
      .execute();
    expect(await syncChecklist(t.db, audit, enterpriseId, now)).toEqual({
      created: 0,
      updated: 1,
      retired: 0,
    });
    const [after] = await items();
    expect(after).toMatchObject({
      measureContent: '每2小时巡检液位计',
      checkCycle: 2,
      checkCycleUnit: 'hour',
      version: 2,
    });
  });

  it('retires the item of a measure deleted from the register, keeping it for history', async () => {
    const [item] = await items();
    await t.db.deleteFrom('riskControlMeasures').where('id', '=', item!.measureId).execute();
    expect(await syncChecklist(t.db, audit, enterpriseId, now)).toEqual({
      created: 0,
      updated: 0,
      retired: 1,
    });
    const [after] = await items();
    expect(after!.retiredAt).toEqual(now);
    expect(await syncChecklist(t.db, audit, enterpriseId, now)).toEqual({
      created: 0,
      updated: 0,
      retired: 0,
    });
  });

  it('retires items of a measure switched to monitoring and revives them when switched back', async () => {
    const m = await buildControlMeasure(t.db, enterpriseId, eventId, { content: '检查防火堤' });
    await syncChecklist(t.db, audit, enterpriseId, now);
    await t.db
      .updateTable('riskControlMeasures')
      .set({ dataSrc: 'monitoring' })
      .where('id', '=', m.id)
      .execute();
    expect((await syncChecklist(t.db, audit, enterpriseId, now)).retired).toBe(1);
    await t.db
      .updateTable('riskControlMeasures')
      .set({ dataSrc: 'investigation' })
      .where('id', '=', m.id)
      .execute();
    const later = new Date('2026-12-10T02:00:00Z');
    expect((await syncChecklist(t.db, audit, enterpriseId, later)).updated).toBe(1);
    const item = (await items()).find((i) => i.measureId === m.id);
    expect(item).toMatchObject({ retiredAt: null, activeFrom: '2026-12-10' });
  });

  it('touches only its enterprise', async () => {
    expect(await syncChecklist(t.db, audit, otherId, now)).toEqual({ created: 0, updated: 0, retired: 0 });
  });
});

describe('followRegister', () => {
  it('syncs the event’s enterprise on a register change', async () => {
    const m = await buildControlMeasure(t.db, enterpriseId, eventId, { content: '检查静电接地' });
    await followRegister.handle(
      {
        id: 'e1',
        type: 'risk.measure-created',
        enterpriseId,
        entityType: 'riskControlMeasure',
        entityId: m.id,
        payload: { measureId: m.id, eventId },
      } as never,
      { db: t.db, idempotencyKey: 'k', attempt: 1 },
    );
    expect((await items()).some((i) => i.measureId === m.id)).toBe(true);
  });
});
