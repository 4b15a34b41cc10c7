import { changePasswordRequest } from '@shuangkong/contracts';
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
let bureau: { id: string };
let unitId: string;
let workerUser: { id: string; username: string };
let managerUser: { id: string; username: string };
let admin: Session;
let manager: Session;
let unitLead: Session;
let worker: Session;
let mallManager: Session;
let regAdmin: Session;
let inspector: Session;

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  chem = await buildEnterprise(t.db);
  mall = await buildEnterprise(t.db, { jurisdictionCode: PLACES.townB });
  bureau = await buildRegulator(t.db);
  unitId = crypto.randomUUID();
  await t.db
    .insertInto('orgUnits')
    .values({ enterpriseId: chem.id, id: unitId, parentId: null, name: '生产部', kind: 'department' })
    .execute();
  const login = async (u: { username: string }) => loginAs(t.app, u.username);
  managerUser = await buildUser(t.db, { roles: ['safetyManager'], enterpriseId: chem.id });
  workerUser = await buildUser(t.db, { roles: ['worker'], enterpriseId: chem.id });
  admin = await login(await buildUser(t.db, { roles: ['platformAdmin'] }));
  manager = await login(managerUser);
  unitLead = await login(await buildUser(t.db, { roles: ['unitLead'], enterpriseId: chem.id }));
  worker = await login(workerUser);
  mallManager = await login(await buildUser(t.db, { roles: ['safetyManager'], enterpriseId: mall.id }));
  regAdmin = await login(await buildUser(t.db, { roles: ['regulatorAdmin'], regulatorId: bureau.id }));
  inspector = await login(await buildUser(t.db, { roles: ['inspector'], regulatorId: bureau.id }));
});

const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });
const send = (s: Session, method: 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
let n = 0;
const invitee = (o: object = {}) => {
  n += 1;
  return {
    username: `invitee${n}`,
    name: `新员工${n}`,
    phone: `137${String(n).padStart(8, '0')}`,
    roles: ['worker'],
    ...o,
  };
};
const auditOf = (entityId: string, action: string) =>
  t.db
    .selectFrom('auditEvents')
    .selectAll()
    .where('entityId', '=', entityId)
    .where('action', '=', action)
    .executeTakeFirstOrThrow();

describe('GET /users', () => {
  it("shows an enterprise manager its enterprise's users only, paged, and lets it invite", async () => {
    const res = await get(manager, '/api/v1/users?pageSize=100');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.data.every((u: { enterpriseId: string }) => u.enterpriseId === chem.id)).toBe(true);
    expect(body.page).toMatchObject({ page: 1, pageSize: 100, total: body.data.length });
    expect(body.abilities).toEqual({ canInvite: true });
    const w = body.data.find((u: { id: string }) => u.id === workerUser.id);
    expect(w).toMatchObject({
      username: workerUser.username,
      roles: ['worker'],
      status: 'active',
      regulatorId: null,
      orgUnitName: null,
    });
    const filtered = await get(manager, `/api/v1/users?q=${workerUser.username}`);
    expect(filtered.json().data.map((u: { id: string }) => u.id)).toEqual([workerUser.id]);
    expect((await get(manager, `/api/v1/users?enterpriseId=${mall.id}`)).json().data).toEqual([]);
  });

  it('lets a unit lead read without inviting, and refuses workers and inspectors with 403', async () => {
    const res = await get(unitLead, '/api/v1/users');
    expect(res.statusCode).toBe(200);
    expect(res.json().abilities.canInvite).toBe(false);
    for (const s of [worker, inspector]) {
      const denied = await get(s, '/api/v1/users');
      expect(denied.statusCode).toBe(403);
      expect(denied.json().error).toMatchObject({ code: 'FORBIDDEN', permission: 'user.read' });
    }
  });

  it("shows a regulator's administrator its regulator's users, and the platform everyone", async () => {
    const reg = await get(regAdmin, '/api/v1/users');
    expect(reg.json().data.every((u: { regulatorId: string }) => u.regulatorId === bureau.id)).toBe(true);
    expect(reg.json().page.total).toBe(2);
    const all = await get(admin, `/api/v1/users?enterpriseId=${mall.id}`);
    expect(all.json().data).toHaveLength(1);
  });

  it("answers 404 for an outsider's user", async () => {
    expect((await get(mallManager, `/api/v1/users/${workerUser.id}`)).statusCode).toBe(404);
    expect((await get(regAdmin, `/api/v1/users/${workerUser.id}`)).statusCode).toBe(404);
    const own = await get(manager, `/api/v1/users/${workerUser.id}`);
    expect(own.json().abilities).toEqual({
      canUpdate: true,
      canChangeRoles: true,
      canDisable: true,
      canEnable: false,
      canResetPassword: true,
    });
  });
});

describe('POST /users (invite)', () => {
  it("creates a user in the manager's enterprise with a one-time password the user must change", async () => {
    const body = invitee({ orgUnitId: unitId });
    const res = await send(manager, 'POST', '/api/v1/users', body);
    expect(res.statusCode).toBe(201);
    const { id, temporaryPassword } = res.json().data;
    expect(temporaryPassword).toHaveLength(12);
    expect(changePasswordRequest.shape.newPassword.safeParse(temporaryPassword).success).toBe(true);
    const session = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: body.username, password: temporaryPassword },
    });
    expect(session.json().data.user).toMatchObject({
      id,
      enterpriseId: chem.id,
      orgUnitId: unitId,
      mustChangePassword: true,
    });
    const event = await auditOf(id, 'user.invited');
    expect(event.chain).toBe(chem.id);
    expect(event.after).toMatchObject({ username: body.username, roles: ['worker'], enterpriseId: chem.id });
    expect(JSON.stringify(event)).not.toContain(temporaryPassword);
    expect(JSON.stringify(event)).not.toMatch(/argon2|passwordHash/);
  });

  it('keeps enterprise managers to enterprise roles in their own enterprise', async () => {
    const role = await send(manager, 'POST', '/api/v1/users', invitee({ roles: ['worker', 'inspector'] }));
    expect(role.statusCode).toBe(403);
    expect(role.json().error).toMatchObject({ code: 'FORBIDDEN', field: 'body.roles.1' });
    const admin = await send(manager, 'POST', '/api/v1/users', invitee({ roles: ['platformAdmin'] }));
    expect(admin.json().error.field).toBe('body.roles.0');
    const elsewhere = await send(manager, 'POST', '/api/v1/users', invitee({ enterpriseId: mall.id }));
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().error.field).toBe('body.enterpriseId');
    const denied = await send(unitLead, 'POST', '/api/v1/users', invitee());
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.permission).toBe('user.manage');
  });

  it("keeps a regulator's administrator to inspectors and administrators of its regulator", async () => {
    const ok = await send(regAdmin, 'POST', '/api/v1/users', invitee({ roles: ['inspector'] }));
    expect(ok.statusCode).toBe(201);
    const created = await get(regAdmin, `/api/v1/users/${ok.json().data.id}`);
    expect(created.json().data).toMatchObject({
      regulatorId: bureau.id,
      enterpriseId: null,
      roles: ['inspector'],
    });
    const worker = await send(regAdmin, 'POST', '/api/v1/users', invitee({ roles: ['worker'] }));
    expect(worker.statusCode).toBe(403);
    expect(worker.json().error.field).toBe('body.roles.0');
  });

  it('lets only the platform create experts, and makes it say where tenant users go', async () => {
    expect((await send(admin, 'POST', '/api/v1/users', invitee({ roles: ['expert'] }))).statusCode).toBe(201);
    const nowhere = await send(admin, 'POST', '/api/v1/users', invitee());
    expect(nowhere.statusCode).toBe(400);
    expect(nowhere.json().error.field).toBe('body.enterpriseId');
    const mixed = await send(
      admin,
      'POST',
      '/api/v1/users',
      invitee({ roles: ['worker', 'inspector'], enterpriseId: chem.id }),
    );
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().error.field).toBe('body.roles.1');
    const placed = await send(admin, 'POST', '/api/v1/users', invitee({ enterpriseId: mall.id }));
    expect(placed.statusCode).toBe(201);
  });

  it('answers 409 naming the taken username or phone, and 400 naming bad fields', async () => {
    const name = await send(manager, 'POST', '/api/v1/users', invitee({ username: workerUser.username }));
    expect(name.statusCode).toBe(409);
    expect(name.json().error).toMatchObject({ code: 'USER_USERNAME_TAKEN', field: 'body.username' });
    const existing = await get(manager, `/api/v1/users/${workerUser.id}`);
    const phone = await send(
      manager,
      'POST',
      '/api/v1/users',
      invitee({ phone: existing.json().data.phone }),
    );
    expect(phone.statusCode).toBe(409);
    expect(phone.json().error).toMatchObject({ code: 'USER_PHONE_TAKEN', field: 'body.phone' });
    const bad = await send(manager, 'POST', '/api/v1/users', invitee({ username: 'Bad Name' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('body.username');
    const unit = await send(manager, 'POST', '/api/v1/users', invitee({ orgUnitId: crypto.randomUUID() }));
    expect(unit.statusCode).toBe(400);
    expect(unit.json().error.field).toBe('body.orgUnitId');
  });
});

describe('changing a user', () => {
  it('updates name and unit with before/after; outsiders get 404, insiders without user.manage 403', async () => {
    const target = await buildUser(t.db, { roles: ['worker'], enterpriseId: chem.id });
    const res = await send(manager, 'PATCH', `/api/v1/users/${target.id}`, {
      name: '张改名',
      orgUnitId: unitId,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ name: '张改名', orgUnitId: unitId, orgUnitName: '生产部' });
    const event = await auditOf(target.id, 'user.updated');
    expect(event.before).toEqual({ name: expect.any(String), orgUnitId: null });
    expect(event.after).toEqual({ name: '张改名', orgUnitId: unitId });
    expect(
      (await send(mallManager, 'PATCH', `/api/v1/users/${target.id}`, { name: '越权' })).statusCode,
    ).toBe(404);
    expect((await send(worker, 'PATCH', `/api/v1/users/${target.id}`, { name: '越权' })).statusCode).toBe(
      403,
    );
    const phone = await send(manager, 'PATCH', `/api/v1/users/${target.id}`, { phone: '123' });
    expect(phone.json().error.field).toBe('body.phone');
  });

  it('replaces roles within the family, with before/after', async () => {
    const target = await buildUser(t.db, { roles: ['worker'], enterpriseId: chem.id });
    const res = await send(manager, 'PUT', `/api/v1/users/${target.id}/roles`, {
      roles: ['teamLead', 'worker'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.roles).toEqual(['teamLead', 'worker']);
    const event = await auditOf(target.id, 'user.roles-changed');
    expect(event.before).toEqual({ roles: ['worker'] });
    expect(event.after).toEqual({ roles: ['teamLead', 'worker'] });
    const wrong = await send(admin, 'PUT', `/api/v1/users/${target.id}/roles`, { roles: ['inspector'] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.field).toBe('body.roles.0');
    const empty = await send(manager, 'PUT', `/api/v1/users/${target.id}/roles`, { roles: [] });
    expect(empty.json().error.field).toBe('body.roles');
  });

  it('disables a user, ending their sessions, refuses self-disable, and enables again', async () => {
    const target = await buildUser(t.db, { roles: ['worker'], enterpriseId: chem.id });
    const session = await loginAs(t.app, target.username);
    const res = await send(manager, 'POST', `/api/v1/users/${target.id}/disable`);
    expect(res.statusCode).toBe(200);
    expect(res.json().data.status).toBe('disabled');
    expect(res.json().abilities).toMatchObject({ canDisable: false, canEnable: true });
    expect((await get(session, '/api/v1/auth/session')).statusCode).toBe(401);
    await expect(loginAs(t.app, target.username)).rejects.toThrow(/403/);
    expect((await auditOf(target.id, 'user.disabled')).after).toEqual({ status: 'disabled' });

    const self = await send(manager, 'POST', `/api/v1/users/${managerUser.id}/disable`);
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('USER_CANNOT_DISABLE_SELF');

    const enabled = await send(manager, 'POST', `/api/v1/users/${target.id}/enable`);
    expect(enabled.json().data.status).toBe('active');
    await loginAs(t.app, target.username);
    expect((await auditOf(target.id, 'user.enabled')).before).toEqual({ status: 'disabled' });
  });

  it('resets a password: a new one-time password, sessions ended, nothing secret in the audit', async () => {
    const target = await buildUser(t.db, { roles: ['worker'], enterpriseId: chem.id });
    const session = await loginAs(t.app, target.username);
    const res = await send(manager, 'POST', `/api/v1/users/${target.id}/password-reset`);
    expect(res.statusCode).toBe(200);
    const { temporaryPassword } = res.json().data;
    expect((await get(session, '/api/v1/auth/session')).statusCode).toBe(401);
    const fresh = await loginAs(t.app, target.username, temporaryPassword);
    const info = await get(fresh, '/api/v1/auth/session');
    expect(info.json().data.user.mustChangePassword).toBe(true);
    const event = await auditOf(target.id, 'user.password-reset');
    expect(JSON.stringify(event)).not.toContain(temporaryPassword);
    expect((await send(mallManager, 'POST', `/api/v1/users/${target.id}/password-reset`)).statusCode).toBe(
      404,
    );
    expect((await send(unitLead, 'POST', `/api/v1/users/${target.id}/password-reset`)).statusCode).toBe(403);
  });
});
