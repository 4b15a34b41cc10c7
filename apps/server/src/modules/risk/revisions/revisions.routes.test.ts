import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnterprise, buildJurisdictions, buildUser } from '../../../../test/factories.ts';
import {
  buildControlMeasure,
  buildRiskEvent,
  buildRiskObject,
  buildRiskUnit,
} from '../../../../test/risk-factories.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../../../../test/test-app.ts';

let t: TestApp;
let ent: { id: string };
let drafter: Session;
let lead: Session;
let manager: Session;
let worker: Session;
let outsider: Session;
let leadId: string;

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  ent = await buildEnterprise(t.db);
  const other = await buildEnterprise(t.db);
  const login = async (roles: Parameters<typeof buildUser>[1]['roles'], enterpriseId = ent.id) => {
    const u = await buildUser(t.db, { roles, enterpriseId });
    return { id: u.id, session: await loginAs(t.app, u.username) };
  };
  drafter = (await login(['teamLead'])).session;
  const l = await login(['unitLead']);
  lead = l.session;
  leadId = l.id;
  manager = (await login(['safetyManager'])).session;
  worker = (await login(['worker'])).session;
  outsider = (await login(['safetyManager'], other.id)).session;
});

const base = () => `/api/v1/enterprises/${ent.id}/risk-register/revisions`;
const post = (s: Session, url: string, payload: object = {}) =>
  t.app.inject({ method: 'POST', url, headers: s.headers, payload });
const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });

async function approve(unitId: string) {
  const unit = `/api/v1/enterprises/${ent.id}/risk-units/${unitId}`;
  for (const [s, step] of [
    [drafter, 'submission'],
    [lead, 'review'],
    [manager, 'approval'],
  ] as const) {
    const res = await post(s, `${unit}/${step}`);
    expect(res.statusCode, res.body).toBe(200);
  }
}

async function readyUnit(name: string) {
  const object = await buildRiskObject(t.db, ent.id);
  const unit = await buildRiskUnit(t.db, ent.id, object.id, {
    name,
    responsibleUserId: leadId,
    inherentLevel: 'major',
    residualLevel: 'general',
  });
  const event = await buildRiskEvent(t.db, ent.id, unit.id, {
    name: `${name}泄漏`,
    inherentLevel: 'major',
    residualLevel: 'general',
  });
  await buildControlMeasure(t.db, ent.id, event.id, { responsibleUserId: leadId });
  return { unitId: unit.id, eventId: event.id };
}

describe('register revisions', () => {
  it('publishes approved units as numbered revisions and shows what changed between them', async () => {
    const nothing = await post(manager, base(), { note: '首版' });
    expect(nothing.statusCode).toBe(409);
    expect(nothing.json().error.code).toBe('RISK_NOTHING_TO_PUBLISH');

    const a = await readyUnit('T-101');
    await approve(a.unitId);
    const draftOnly = await readyUnit('T-102'); // never approved: not in the register of record
    const first = await post(manager, base(), { note: '首版' });
    expect(first.statusCode).toBe(201);
    expect(first.json().data).toMatchObject({
      revision: 1,
      note: '首版',
      summary: {
        units: 1,
        events: 1,
        measures: 1,
        unitsByLevel: { general: 1 },
        eventsByLevel: { general: 1 },
      },
    });
    expect((await post(manager, base(), { note: '无变化' })).json().error.code).toBe(
      'RISK_NOTHING_TO_PUBLISH',
    );

    // Re-edit T-101 (reopened to draft as the units module does), raise its level, add an event.
    await t.db
      .updateTable('riskUnits')
      .set({ status: 'draft', residualLevel: 'significant' })
      .where('id', '=', a.unitId)
      .execute();
    await t.db
      .updateTable('riskEvents')
      .set({ residualLevel: 'significant' })
      .where('id', '=', a.eventId)
      .execute();
    const added = await buildRiskEvent(t.db, ent.id, a.unitId, {
      name: '高处坠落',
      inherentLevel: 'low',
      residualLevel: 'low',
    });
    await approve(a.unitId);
    await approve(draftOnly.unitId);
    const second = await post(manager, base(), { note: '年度更新' });
    expect(second.json().data.revision).toBe(2);

    const list = await get(worker, base());
    expect(list.json().data.map((r: { revision: number }) => r.revision)).toEqual([2, 1]);
    expect(list.json().abilities.canPublish).toBe(false);
    const one = await get(worker, `${base()}/1`);
    expect(one.json().data.units).toEqual([expect.objectContaining({ unitId: a.unitId, version: 1 })]);
    expect((await get(worker, `${base()}/9`)).statusCode).toBe(404);

    const diff = (await get(worker, `${base()}/1/diff/2`)).json().data;
    expect(diff.unitsAdded).toEqual([expect.objectContaining({ unitId: draftOnly.unitId, version: 1 })]);
    expect(diff.unitsRemoved).toEqual([]);
    expect(diff.unitsChanged).toHaveLength(1);
    const changed = diff.unitsChanged[0];
    expect(changed).toMatchObject({ unitId: a.unitId, fromVersion: 1, toVersion: 2 });
    expect(changed.levelChanges).toEqual([{ kind: 'residual', from: 'general', to: 'significant' }]);
    expect(changed.eventsAdded).toEqual([{ eventId: added.id, name: '高处坠落', residualLevel: 'low' }]);
    expect(changed.eventsChanged[0].levelChanges).toEqual([
      { kind: 'residual', from: 'general', to: 'significant' },
    ]);
  });

  it('is for publishers; outsiders see nothing', async () => {
    const res = await post(worker, base(), { note: 'x' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.permission).toBe('risk.publish');
    expect((await get(outsider, base())).statusCode).toBe(404);
    expect((await get(outsider, `${base()}/1/diff/2`)).statusCode).toBe(404);
  });
});
