import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrgUnit } from '../../../../test/factories.ts';
import { buildRiskEvent, buildRiskObject, buildRiskUnit } from '../../../../test/risk-factories.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let object: { id: string };
const units = () => `/enterprises/${w.ent.id}/risk-units`;

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  object = await buildRiskObject(w.t.db, w.ent.id, { isMajorSource: false });
});

describe('risk units', () => {
  it('creates a draft unit under an object and shows it with its abilities', async () => {
    const workshop = await buildOrgUnit(w.t.db, w.ent.id, 'workshop');
    const res = await req(w.manager, 'POST', units(), {
      objectId: object.id,
      code: 'U-1',
      name: 'T-101 储罐',
      responsibleUnitId: workshop.id,
      responsibleUserId: w.managerUser.id,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({
      status: 'draft',
      currentLevel: null,
      effectiveTier: null,
      controlTier: null,
    });
    expect(res.json().abilities).toMatchObject({ canEdit: true, canSubmit: true, canApprove: false });
    const detail = await req(w.manager, 'GET', `${units()}/${res.json().data.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().data).toMatchObject({
      events: [],
      steps: [],
      posts: [],
      stewards: [],
      evidence: [],
      levelHistory: [],
    });
    expect(detail.json().data.object.id).toBe(object.id);
  });

  it('names the field for a foreign object, unit or person, and 409s a taken code', async () => {
    const foreignObject = await buildRiskObject(w.t.db, w.other.id);
    const obj = await req(w.manager, 'POST', units(), {
      objectId: foreignObject.id,
      code: 'U-F',
      name: '外',
    });
    expect(obj.statusCode).toBe(400);
    expect(obj.json().error.field).toBe('body.objectId');
    const person = await req(w.manager, 'POST', units(), {
      objectId: object.id,
      code: 'U-P',
      name: '人',
      controlUserId: w.otherManagerUser.id,
    });
    expect(person.json().error.field).toBe('body.controlUserId');
    await req(w.manager, 'POST', units(), { objectId: object.id, code: 'U-DUP', name: '一' });
    const dup = await req(w.manager, 'POST', units(), { objectId: object.id, code: 'U-DUP', name: '二' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'RISK_CODE_TAKEN', field: 'body.code' });
  });

  it('refuses any edit of a submitted or reviewed unit with RISK_UNIT_LOCKED', async () => {
    for (const status of ['submitted', 'reviewed'] as const) {
      const unit = await buildRiskUnit(w.t.db, w.ent.id, object.id, { status });
      const patch = await req(w.manager, 'PATCH', `${units()}/${unit.id}`, { name: '改' });
      expect(patch.statusCode).toBe(409);
      expect(patch.json().error.code).toBe('RISK_UNIT_LOCKED');
      const event = await req(w.manager, 'POST', `${units()}/${unit.id}/events`, { name: '泄漏' });
      expect(event.json().error.code).toBe('RISK_UNIT_LOCKED');
    }
  });

  it('reopens an approved unit as a draft when it is edited, signing the reopen', async () => {
    const unit = await buildRiskUnit(w.t.db, w.ent.id, object.id, { status: 'approved' });
    const res = await req(w.manager, 'PATCH', `${units()}/${unit.id}`, { description: '增加说明' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ status: 'draft', description: '增加说明' });
    const sig = await w.t.db
      .selectFrom('riskUnitSignatures')
      .selectAll()
      .where('unitId', '=', unit.id)
      .execute();
    expect(sig).toHaveLength(1);
    expect(sig[0]).toMatchObject({
      action: 'reopen',
      fromStatus: 'approved',
      toStatus: 'draft',
      actorId: w.managerUser.id,
    });
    expect(sig[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const audit = await w.t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityId', '=', unit.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['risk.unit-reopened', 'risk.unit-updated']);
  });

  it('keeps reads open to a regulator inside the remit but refuses its writes; workers get 403', async () => {
    const unit = await buildRiskUnit(w.t.db, w.ent.id, object.id);
    const read = await req(w.regulatorIn, 'GET', `${units()}/${unit.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities.canEdit).toBe(false);
    expect((await req(w.regulatorIn, 'PATCH', `${units()}/${unit.id}`, { name: '改' })).statusCode).toBe(403);
    expect((await req(w.worker, 'PATCH', `${units()}/${unit.id}`, { name: '改' })).statusCode).toBe(403);
    expect((await req(w.worker, 'DELETE', `${units()}/${unit.id}`)).statusCode).toBe(403);
    expect((await req(w.regulatorOut, 'GET', `${units()}/${unit.id}`)).statusCode).toBe(404);
  });

  it('replaces steps keeping ids that are sent, and unlinks events of removed steps', async () => {
    const unit = await buildRiskUnit(w.t.db, w.ent.id, object.id);
    const first = await req(w.manager, 'PUT', `${units()}/${unit.id}/steps`, {
      steps: [
        { kind: 'jhaStep', seq: 1, name: '连接鹤管' },
        { kind: 'jhaStep', seq: 2, name: '开阀装车', standard: '流速不超过1 m/s' },
      ],
    });
    expect(first.statusCode).toBe(200);
    const [s1, s2] = first.json().data.steps;
    const event = await req(w.manager, 'POST', `${units()}/${unit.id}/events`, {
      name: '静电引燃',
      stepId: s2.id,
    });
    expect(event.json().data.stepId).toBe(s2.id);
    const second = await req(w.manager, 'PUT', `${units()}/${unit.id}/steps`, {
      steps: [{ ...s1, name: '连接鹤管并接地' }],
    });
    expect(second.json().data.steps).toEqual([{ ...s1, name: '连接鹤管并接地' }]);
    expect(second.json().data.events[0].stepId).toBeNull();
    const bad = await req(w.manager, 'PUT', `${units()}/${unit.id}/steps`, {
      steps: [{ id: crypto.randomUUID(), kind: 'sclItem', seq: 1, name: 'x' }],
    });
    expect(bad.json().error.field).toBe('body.steps.0.id');
  });

  it('sets exposed posts, which must be org units of kind post', async () => {
    const unit = await buildRiskUnit(w.t.db, w.ent.id, object.id);
    const post = await buildOrgUnit(w.t.db, w.ent.id, 'post', { name: '装卸工' });
    const team = await buildOrgUnit(w.t.db, w.ent.id, 'team');
    const ok = await req(w.manager, 'PUT', `${units()}/${unit.id}/posts`, { postIds: [post.id] });
    expect(ok.json().data.posts).toEqual([{ id: post.id, name: '装卸工' }]);
    const bad = await req(w.manager, 'PUT', `${units()}/${unit.id}/posts`, { postIds: [post.id, team.id] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('body.postIds.1');
  });

  it('derives the effective tier from the level unless the unit sets one', async () => {
    const unit = await buildRiskUnit(w.t.db, w.ent.id, object.id);
    await buildRiskEvent(w.t.db, w.ent.id, unit.id, { residualLevel: 'major', inherentLevel: 'major' });
    await w.t.db.updateTable('riskUnits').set({ currentLevel: 'major' }).where('id', '=', unit.id).execute();
    const ruled = await req(w.manager, 'GET', `${units()}/${unit.id}`);
    expect(ruled.json().data.unit).toMatchObject({
      controlTier: null,
      effectiveTier: 'company',
      color: 'red',
      riskClass: 1,
    });
    const explicit = await req(w.manager, 'PATCH', `${units()}/${unit.id}`, { controlTier: 'workshop' });
    expect(explicit.json().data).toMatchObject({ controlTier: 'workshop', effectiveTier: 'workshop' });
  });

  it('archives a draft unit', async () => {
    const unit = await buildRiskUnit(w.t.db, w.ent.id, object.id);
    expect((await req(w.manager, 'DELETE', `${units()}/${unit.id}`)).statusCode).toBe(204);
    expect((await req(w.manager, 'PATCH', `${units()}/${unit.id}`, { name: '改' })).statusCode).toBe(404);
    expect((await req(w.manager, 'GET', `${units()}/${unit.id}`)).json().data.unit.archivedAt).not.toBeNull();
  });
});
