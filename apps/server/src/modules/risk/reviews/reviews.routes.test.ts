import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnterprise, buildJurisdictions, buildUser } from '../../../../test/factories.ts';
import { buildRiskObject, buildRiskUnit } from '../../../../test/risk-factories.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../../../../test/test-app.ts';
import { addYears, shanghaiDate } from './review-cycle.ts';

let t: TestApp;
let chem: { id: string };
let shop: { id: string };
let manager: Session;
let shopManager: Session;
let drafter: Session;
let lead: Session;
let worker: Session;
let outsider: Session;
let units: { id: string }[];
let leadId: string;

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  chem = await buildEnterprise(t.db, { industryCodes: ['hazardous_chemicals'] });
  shop = await buildEnterprise(t.db, { industryCodes: ['industry_trade.commerce'] });
  const login = async (roles: Parameters<typeof buildUser>[1]['roles'], enterpriseId: string) =>
    loginAs(t.app, (await buildUser(t.db, { roles, enterpriseId })).username);
  manager = await login(['safetyManager'], chem.id);
  shopManager = await login(['safetyManager'], shop.id);
  drafter = await login(['teamLead'], chem.id);
  const leadUser = await buildUser(t.db, { roles: ['unitLead'], enterpriseId: chem.id });
  leadId = leadUser.id;
  lead = await loginAs(t.app, leadUser.username);
  worker = await login(['worker'], chem.id);
  outsider = await login(['safetyManager'], shop.id);
  const object = await buildRiskObject(t.db, chem.id);
  units = [
    await buildRiskUnit(t.db, chem.id, object.id),
    await buildRiskUnit(t.db, chem.id, object.id),
    await buildRiskUnit(t.db, chem.id, object.id),
  ];
});

const url = (enterpriseId: string, path: string) => `/api/v1/enterprises/${enterpriseId}/${path}`;
const get = (s: Session, u: string) => t.app.inject({ method: 'GET', url: u, headers: s.headers });
const post = (s: Session, u: string, payload: object) =>
  t.app.inject({ method: 'POST', url: u, headers: s.headers, payload });
const today = () => shanghaiDate(new Date());

describe('full re-assessment cycle', () => {
  it('is due now for an enterprise with nothing approved, yearly for a high-risk industry', async () => {
    const res = await get(worker, url(chem.id, 'risk-reviews/status'));
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      intervalYears: 1,
      lastFullReviewAt: null,
      dueDate: today(),
      status: 'dueSoon',
    });
    expect(res.json().abilities).toEqual({ canRecordFullReview: false, canRecordChange: false });
    const shopStatus = await get(shopManager, url(shop.id, 'risk-reviews/status'));
    expect(shopStatus.json().data.intervalYears).toBe(3);
  });

  it('counts from the first approval when no full review was recorded', async () => {
    const object = await buildRiskObject(t.db, shop.id);
    const unit = await buildRiskUnit(t.db, shop.id, object.id, { status: 'approved' });
    const approvedAt = new Date(Date.now() - 400 * 86_400_000);
    await t.db
      .insertInto('riskUnitVersions')
      .values({
        enterpriseId: shop.id,
        unitId: unit.id,
        version: 1,
        snapshot: '{}',
        approvedBy: null,
        approvedAt,
      })
      .execute();
    const res = await get(shopManager, url(shop.id, 'risk-reviews/status'));
    expect(res.json().data).toMatchObject({ dueDate: addYears(shanghaiDate(approvedAt), 3), status: 'ok' });
  });

  it('records a completed full review, audited, and moves the due date', async () => {
    const longAgo = addYears(today(), -2);
    const overdue = await post(manager, url(chem.id, 'risk-reviews/full'), {
      completedAt: longAgo,
      note: '2年前',
    });
    expect(overdue.statusCode).toBe(200);
    expect(overdue.json().data).toMatchObject({
      lastFullReviewAt: longAgo,
      dueDate: addYears(longAgo, 1),
      status: 'overdue',
    });
    const done = await post(manager, url(chem.id, 'risk-reviews/full'), {
      completedAt: today(),
      note: '年度全面辨识',
    });
    expect(done.json().data).toMatchObject({
      lastFullReviewAt: today(),
      dueDate: addYears(today(), 1),
      status: 'ok',
    });
    const audit = await t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('enterpriseId', '=', chem.id)
      .where('action', '=', 'risk.full-review-recorded')
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('refuses a future date, a reader, and an outsider', async () => {
    const future = await post(manager, url(chem.id, 'risk-reviews/full'), {
      completedAt: addYears(today(), 1),
      note: '',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.field).toBe('body.completedAt');
    const byWorker = await post(worker, url(chem.id, 'risk-reviews/full'), {
      completedAt: today(),
      note: '',
    });
    expect(byWorker.json().error.permission).toBe('risk.configure');
    expect((await get(outsider, url(chem.id, 'risk-reviews/status'))).statusCode).toBe(404);
  });
});

describe('recorded changes', () => {
  it('flags the affected units with the reason and lists the change', async () => {
    const [u1, u2] = units;
    const res = await post(manager, url(chem.id, 'risk-changes'), {
      kind: 'process',
      description: '新增加氢工艺',
      unitIds: [u1?.id, u2?.id],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({ kind: 'process', description: '新增加氢工艺' });
    expect(res.json().data.units).toHaveLength(2);

    const status = (await get(manager, url(chem.id, 'risk-reviews/status'))).json().data;
    expect(status.unitsNeedingReassessment.map((u: { unitId: string }) => u.unitId).sort()).toEqual(
      [u1?.id, u2?.id].sort(),
    );
    expect(status.unitsNeedingReassessment[0].reason).toBe('process: 新增加氢工艺');
    const list = (await get(worker, url(chem.id, 'risk-changes'))).json().data;
    expect(list[0]).toMatchObject({ kind: 'process', units: expect.any(Array) });
    const audit = await t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('enterpriseId', '=', chem.id)
      .where('action', '=', 'risk.change-recorded')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses units of another enterprise and unknown kinds', async () => {
    const foreign = await post(manager, url(chem.id, 'risk-changes'), {
      kind: 'law',
      description: '新法规',
      unitIds: [randomUUID()],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.field).toBe('body.unitIds');
    const badKind = await post(manager, url(chem.id, 'risk-changes'), {
      kind: 'weather',
      description: 'x',
      unitIds: [units[2]?.id],
    });
    expect(badKind.json().error.field).toBe('body.kind');
    expect(
      (
        await post(worker, url(chem.id, 'risk-changes'), {
          kind: 'law',
          description: 'x',
          unitIds: [units[2]?.id],
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('dashboard to-dos', () => {
  it('shows flagged units, the review cycle and units waiting for the viewer', async () => {
    const flagged = (await get(manager, '/api/v1/todos')).json().data;
    expect(flagged).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 'riskUnitsNeedingReassessment', count: 2 })]),
    );

    // A submitted unit waits for the workshop, but not for the one who submitted it.
    const unitId = units[2]?.id ?? '';
    await t.db.updateTable('riskUnits').set({ status: 'submitted' }).where('id', '=', unitId).execute();
    const lead0 = (await get(lead, '/api/v1/todos')).json().data;
    expect(lead0).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 'riskUnitsAwaitingReview', count: 1 })]),
    );
    await t.db
      .insertInto('riskUnitSignatures')
      .values({
        enterpriseId: chem.id,
        id: randomUUID(),
        unitId,
        action: 'submit',
        fromStatus: 'draft',
        toStatus: 'submitted',
        actorId: leadId,
        actorName: 'x',
        contentHash: 'h',
      })
      .execute();
    const lead1 = (await get(lead, '/api/v1/todos')).json().data;
    expect(lead1.find((i: { key: string }) => i.key === 'riskUnitsAwaitingReview')).toBeUndefined();
    const drafterTodos = (await get(drafter, '/api/v1/todos')).json().data;
    expect(drafterTodos.find((i: { key: string }) => i.key === 'riskUnitsAwaitingReview')).toBeUndefined();
  });
});
