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
let drafter: Session; // teamLead: drafts and submits
let lead: Session; // unitLead: workshop review
let lead2: Session;
let manager: Session; // safetyManager: approves
let manager2: Session;
let worker: Session;
let outsider: Session;
let ids: { drafter: string; lead: string; manager: string };

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  ent = await buildEnterprise(t.db);
  const other = await buildEnterprise(t.db);
  const u = {
    drafter: await buildUser(t.db, { roles: ['teamLead'], enterpriseId: ent.id }),
    lead: await buildUser(t.db, { roles: ['unitLead'], enterpriseId: ent.id }),
    lead2: await buildUser(t.db, { roles: ['unitLead'], enterpriseId: ent.id }),
    manager: await buildUser(t.db, { roles: ['safetyManager'], enterpriseId: ent.id }),
    manager2: await buildUser(t.db, { roles: ['safetyManager'], enterpriseId: ent.id }),
    worker: await buildUser(t.db, { roles: ['worker'], enterpriseId: ent.id }),
    outsider: await buildUser(t.db, { roles: ['safetyManager'], enterpriseId: other.id }),
  };
  ids = { drafter: u.drafter.id, lead: u.lead.id, manager: u.manager.id };
  drafter = await loginAs(t.app, u.drafter.username);
  lead = await loginAs(t.app, u.lead.username);
  lead2 = await loginAs(t.app, u.lead2.username);
  manager = await loginAs(t.app, u.manager.username);
  manager2 = await loginAs(t.app, u.manager2.username);
  worker = await loginAs(t.app, u.worker.username);
  outsider = await loginAs(t.app, u.outsider.username);
});

/** A unit that meets the approval rules: owner, one assessed event with an owned control measure. */
async function readyUnit() {
  const object = await buildRiskObject(t.db, ent.id);
  const unit = await buildRiskUnit(t.db, ent.id, object.id, { responsibleUserId: ids.lead });
  const event = await buildRiskEvent(t.db, ent.id, unit.id, {
    inherentLevel: 'major',
    residualLevel: 'significant',
  });
  await buildControlMeasure(t.db, ent.id, event.id, { responsibleUserId: ids.lead });
  return unit;
}

const url = (unitId: string, path: string, enterpriseId = ent.id) =>
  `/api/v1/enterprises/${enterpriseId}/risk-units/${unitId}/${path}`;
const sign = (s: Session, unitId: string, path: string, comment?: string) =>
  t.app.inject({
    method: 'POST',
    url: url(unitId, path),
    headers: s.headers,
    payload: comment === undefined ? {} : { comment },
  });
const get = (s: Session, u: string) => t.app.inject({ method: 'GET', url: u, headers: s.headers });

describe('risk unit approval chain', () => {
  it('goes draft → submitted → reviewed → approved with three signers, each step signed and audited', async () => {
    const unit = await readyUnit();
    const submitted = await sign(drafter, unit.id, 'submission', '请审核');
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().data).toMatchObject({
      status: 'submitted',
      submittedBy: ids.drafter,
      reviewedBy: null,
    });
    expect(submitted.json().abilities.canWithdraw).toBe(true);

    // The workshop (unit leads and safety managers) hears about it.
    const notes = await t.db
      .selectFrom('notifications')
      .select(['userId', 'kind'])
      .where('kind', '=', 'risk.unit-awaiting-review')
      .execute();
    expect(notes.map((n) => n.userId)).toEqual(expect.arrayContaining([ids.lead, ids.manager]));
    expect(notes.map((n) => n.userId)).not.toContain(ids.drafter);

    const reviewed = await sign(lead, unit.id, 'review');
    expect(reviewed.json().data).toMatchObject({
      status: 'reviewed',
      submittedBy: ids.drafter,
      reviewedBy: ids.lead,
    });
    const approved = await sign(manager, unit.id, 'approval', '同意');
    expect(approved.statusCode).toBe(200);
    const data = approved.json().data;
    expect(data).toMatchObject({ status: 'approved', version: 1, submittedBy: null, reviewedBy: null });
    expect(data.signatures.map((s: { action: string; actorId: string }) => [s.action, s.actorId])).toEqual([
      ['submit', ids.drafter],
      ['review', ids.lead],
      ['approve', ids.manager],
    ]);
    for (const s of data.signatures) expect(s.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(data.signatures[2].comment).toBe('同意');

    const audit = await t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityId', '=', unit.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'risk.unit-submitted',
      'risk.unit-reviewed',
      'risk.unit-approved',
    ]);

    const versions = await get(worker, url(unit.id, 'versions'));
    expect(versions.json().data).toEqual([expect.objectContaining({ version: 1, approvedBy: ids.manager })]);
    const v1 = await get(worker, url(unit.id, 'versions/1'));
    expect(v1.statusCode).toBe(200);
    expect(v1.json().data.snapshot.events).toHaveLength(1);
    expect(v1.json().data.snapshot.events[0]).toMatchObject({
      inherentLevel: 'major',
      residualLevel: 'significant',
    });
    expect(v1.json().data.snapshot.events[0].measures).toHaveLength(1);
    expect((await get(worker, url(unit.id, 'versions/2'))).statusCode).toBe(404);
  });

  it('refuses a review by the submitter and an approval by the reviewer (four eyes)', async () => {
    const unit = await readyUnit();
    await sign(lead, unit.id, 'submission');
    const selfReview = await sign(lead, unit.id, 'review');
    expect(selfReview.statusCode).toBe(409);
    expect(selfReview.json().error.code).toBe('RISK_UNIT_SAME_SIGNER');

    expect((await sign(manager, unit.id, 'review')).statusCode).toBe(200);
    const selfApproval = await sign(manager, unit.id, 'approval');
    expect(selfApproval.statusCode).toBe(409);
    expect(selfApproval.json().error.code).toBe('RISK_UNIT_SAME_SIGNER');
    expect((await sign(manager2, unit.id, 'approval')).statusCode).toBe(200);
  });

  it('refuses to submit a unit that is not ready and lists what is missing', async () => {
    const object = await buildRiskObject(t.db, ent.id);
    const empty = await buildRiskUnit(t.db, ent.id, object.id);
    const res = await sign(drafter, empty.id, 'submission');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('RISK_UNIT_NOT_READY');
    expect(res.json().error.readiness).toEqual([
      { code: 'RISK_UNIT_NO_EVENTS' },
      { code: 'RISK_UNIT_NO_OWNER' },
    ]);

    const unit = await buildRiskUnit(t.db, ent.id, object.id, { responsibleUserId: ids.lead });
    const event = await buildRiskEvent(t.db, ent.id, unit.id, {
      name: '罐体泄漏',
      inherentLevel: 'major',
      residualLevel: null,
    });
    const notAssessed = await sign(drafter, unit.id, 'submission');
    expect(notAssessed.json().error.readiness).toEqual([
      { code: 'RISK_EVENT_NOT_ASSESSED', eventId: event.id, eventName: '罐体泄漏' },
      { code: 'RISK_EVENT_NO_REDUCTION_MEASURE', eventId: event.id, eventName: '罐体泄漏' },
    ]);
    // The same list is on the unit's approval view, for the UI to show before anyone tries.
    const view = await get(drafter, url(unit.id, 'signatures'));
    expect(view.json().data.readiness).toHaveLength(2);
    expect(view.json().abilities.canSubmit).toBe(true);
  });

  it('requires a reason to reject, and a rejection sends the unit back to draft for a new round', async () => {
    const unit = await readyUnit();
    await sign(drafter, unit.id, 'submission');
    await sign(lead, unit.id, 'review');
    const noReason = await sign(manager, unit.id, 'rejection', '  ');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toMatchObject({
      code: 'RISK_UNIT_COMMENT_REQUIRED',
      field: 'body.comment',
    });
    const rejected = await sign(manager, unit.id, 'rejection', '管控措施不具体');
    expect(rejected.json().data).toMatchObject({ status: 'draft', submittedBy: null, reviewedBy: null });
    const told = await t.db
      .selectFrom('notifications')
      .select('userId')
      .where('kind', '=', 'risk.unit-rejected')
      .execute();
    expect(told.map((n) => n.userId)).toEqual(expect.arrayContaining([ids.drafter, ids.lead]));

    // New round: the previous reviewer may now submit, and the earlier submitter may review.
    await sign(lead, unit.id, 'submission');
    expect((await sign(drafter, unit.id, 'review')).statusCode).toBe(403);
    expect((await sign(lead2, unit.id, 'review')).statusCode).toBe(200);
  });

  it('lets only the submitter withdraw', async () => {
    const unit = await readyUnit();
    await sign(drafter, unit.id, 'submission');
    const notMine = await sign(lead, unit.id, 'withdrawal');
    expect(notMine.json().error.code).toBe('RISK_UNIT_NOT_SUBMITTER');
    expect((await sign(drafter, unit.id, 'withdrawal')).json().data.status).toBe('draft');
    const again = await sign(drafter, unit.id, 'withdrawal');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('RISK_UNIT_INVALID_TRANSITION');
  });

  it('answers 403 naming the permission, and 404 to outsiders', async () => {
    const unit = await readyUnit();
    const byWorker = await sign(worker, unit.id, 'submission');
    expect(byWorker.statusCode).toBe(403);
    expect(byWorker.json().error.permission).toBe('risk.submit');
    await sign(lead, unit.id, 'submission');
    const byTeamLead = await sign(drafter, unit.id, 'review');
    expect(byTeamLead.statusCode).toBe(403);
    expect(byTeamLead.json().error.permission).toBe('risk.review');
    await sign(manager, unit.id, 'review');
    const leadApproves = await sign(lead2, unit.id, 'approval');
    expect(leadApproves.json().error.permission).toBe('risk.approve');

    const foreign = await t.app.inject({
      method: 'POST',
      url: url(unit.id, 'approval'),
      headers: outsider.headers,
      payload: {},
    });
    expect(foreign.statusCode).toBe(404);
    expect((await get(outsider, url(unit.id, 'signatures'))).statusCode).toBe(404);
    expect((await get(outsider, url(unit.id, 'versions'))).statusCode).toBe(404);
  });

  it('lets only one of two concurrent approvers win', async () => {
    const unit = await readyUnit();
    await sign(drafter, unit.id, 'submission');
    await sign(lead, unit.id, 'review');
    const results = await Promise.all([
      sign(manager, unit.id, 'approval'),
      sign(manager2, unit.id, 'approval'),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const versions = await t.db
      .selectFrom('riskUnitVersions')
      .select('version')
      .where('unitId', '=', unit.id)
      .execute();
    expect(versions).toEqual([{ version: 1 }]);
    const approvals = await t.db
      .selectFrom('riskUnitSignatures')
      .select('id')
      .where('unitId', '=', unit.id)
      .where('action', '=', 'approve')
      .execute();
    expect(approvals).toHaveLength(1);
  });
});
