import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildEnterprise,
  buildJurisdictions,
  buildRegulator,
  buildUser,
  PLACES,
} from '../../../../test/factories.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../../../../test/test-app.ts';

let t: TestApp;
let chem: { id: string };
let mall: { id: string };
let manager: Session;
let worker: Session;
let bureau: Session;
let mallManager: Session;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  chem = await buildEnterprise(t.db);
  mall = await buildEnterprise(t.db, { jurisdictionCode: PLACES.townB });
  const emergency = await buildRegulator(t.db);
  const user = async (o: Parameters<typeof buildUser>[1]) =>
    loginAs(t.app, (await buildUser(t.db, o)).username);
  manager = await user({ roles: ['safetyManager'], enterpriseId: chem.id });
  worker = await user({ roles: ['worker'], enterpriseId: chem.id });
  bureau = await user({ roles: ['inspector'], regulatorId: emergency.id });
  mallManager = await user({ roles: ['safetyManager'], enterpriseId: mall.id });
  admin = await user({ roles: ['platformAdmin'] });
});

const url = (enterpriseId: string, unitId?: string) =>
  `/api/v1/enterprises/${enterpriseId}/org-units${unitId ? `/${unitId}` : ''}`;
const create = async (s: Session, enterpriseId: string, payload: object) =>
  t.app.inject({ method: 'POST', url: url(enterpriseId), headers: s.headers, payload });
const createId = async (s: Session, enterpriseId: string, payload: object): Promise<string> => {
  const res = await create(s, enterpriseId, payload);
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().data.id;
};
const patch = (s: Session, unitId: string, payload: object, enterpriseId = chem.id) =>
  t.app.inject({ method: 'PATCH', url: url(enterpriseId, unitId), headers: s.headers, payload });
const del = (s: Session, unitId: string, enterpriseId = chem.id) =>
  t.app.inject({ method: 'DELETE', url: url(enterpriseId, unitId), headers: s.headers });
const list = (s: Session, enterpriseId = chem.id) =>
  t.app.inject({ method: 'GET', url: url(enterpriseId), headers: s.headers });

describe('org tree', () => {
  it('lets the safety manager build the tree, appending in order, audited on the enterprise chain', async () => {
    const production = await createId(manager, chem.id, {
      parentId: null,
      name: '生产部',
      kind: 'department',
    });
    const safety = await createId(manager, chem.id, {
      parentId: null,
      name: '安全环保部',
      kind: 'department',
    });
    const workshop = await createId(manager, chem.id, {
      parentId: production,
      name: '合成车间',
      kind: 'workshop',
      sort: 5,
    });
    const res = await list(manager);
    expect(res.statusCode).toBe(200);
    expect(res.json().abilities).toEqual({ canManage: true });
    expect(res.json().data).toEqual([
      { id: production, parentId: null, name: '生产部', kind: 'department', sort: 0 },
      { id: safety, parentId: null, name: '安全环保部', kind: 'department', sort: 1 },
      { id: workshop, parentId: production, name: '合成车间', kind: 'workshop', sort: 5 },
    ]);
    const event = await t.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('entityId', '=', workshop)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ chain: chem.id, action: 'orgUnit.created', entityType: 'orgUnit' });
  });

  it('shows the tree read-only to a worker and to a supervising regulator', async () => {
    for (const s of [worker, bureau]) {
      const res = await list(s);
      expect(res.statusCode).toBe(200);
      expect(res.json().abilities.canManage).toBe(false);
      expect(res.json().data.length).toBeGreaterThan(0);
    }
    const denied = await create(worker, chem.id, { parentId: null, name: '私设部门', kind: 'department' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.permission).toBe('orgUnit.manage');
    expect(
      (await create(bureau, chem.id, { parentId: null, name: '代设', kind: 'department' })).statusCode,
    ).toBe(403);
  });

  it("answers 404 to another enterprise's manager on every route", async () => {
    const unit = await createId(manager, chem.id, { parentId: null, name: '设备部', kind: 'department' });
    expect((await list(mallManager)).statusCode).toBe(404);
    expect(
      (await create(mallManager, chem.id, { parentId: null, name: '渗透', kind: 'department' })).statusCode,
    ).toBe(404);
    expect((await patch(mallManager, unit, { name: '渗透' })).statusCode).toBe(404);
    expect((await del(mallManager, unit)).statusCode).toBe(404);
  });

  it('names body.parentId for an unknown or foreign parent, and body.kind for a bad kind', async () => {
    const foreign = await createId(mallManager, mall.id, {
      parentId: null,
      name: '营业部',
      kind: 'department',
    });
    const res = await create(manager, chem.id, { parentId: foreign, name: '挂错', kind: 'team' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('body.parentId');
    const kind = await create(manager, chem.id, { parentId: null, name: '部', kind: 'division' });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().error.field).toBe('body.kind');
  });

  it('moves and renames with before/after, and refuses a move below itself', async () => {
    const dept = await createId(manager, chem.id, { parentId: null, name: '储运部', kind: 'department' });
    const team = await createId(manager, chem.id, { parentId: dept, name: '装卸班', kind: 'team' });
    const post = await createId(manager, chem.id, { parentId: team, name: '装卸工', kind: 'post' });
    for (const parentId of [dept, post]) {
      const res = await patch(manager, dept, { parentId });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.parentId' });
    }
    const moved = await patch(manager, post, { parentId: dept, name: '装卸岗' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().data).toMatchObject({ id: post, parentId: dept, name: '装卸岗', kind: 'post' });
    const event = await t.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('entityId', '=', post)
      .where('action', '=', 'orgUnit.updated')
      .executeTakeFirstOrThrow();
    expect(event.before).toEqual({ name: '装卸工', parentId: team });
    expect(event.after).toEqual({ name: '装卸岗', parentId: dept });
    expect((await patch(manager, post, { parentId: null })).json().data.parentId).toBeNull();
  });

  it('deletes only an empty unit: 409 ORG_UNIT_NOT_EMPTY with sub-units or users', async () => {
    const dept = await createId(manager, chem.id, { parentId: null, name: '质检部', kind: 'department' });
    const team = await createId(manager, chem.id, { parentId: dept, name: '化验班', kind: 'team' });
    const withChild = await del(manager, dept);
    expect(withChild.statusCode).toBe(409);
    expect(withChild.json().error.code).toBe('ORG_UNIT_NOT_EMPTY');
    await buildUser(t.db, { roles: ['worker'], enterpriseId: chem.id, orgUnitId: team });
    expect((await del(manager, team)).json().error.code).toBe('ORG_UNIT_NOT_EMPTY');

    const empty = await createId(manager, chem.id, { parentId: null, name: '临时组', kind: 'team' });
    const res = await del(manager, empty);
    expect(res.statusCode).toBe(204);
    const event = await t.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('entityId', '=', empty)
      .where('action', '=', 'orgUnit.deleted')
      .executeTakeFirstOrThrow();
    expect(event.before).toMatchObject({ name: '临时组', kind: 'team' });
    expect(event.chain).toBe(chem.id);
    expect((await del(manager, empty)).statusCode).toBe(404);
  });

  it('lets a platform administrator manage any enterprise', async () => {
    const res = await create(admin, mall.id, { parentId: null, name: '物业部', kind: 'department' });
    expect(res.statusCode).toBe(201);
    expect((await list(admin, mall.id)).json().abilities.canManage).toBe(true);
  });
});
