import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrgUnit } from '../../../../test/factories.ts';
import { buildRiskObject, buildRiskUnit } from '../../../../test/risk-factories.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
const base = () => `/enterprises/${w.ent.id}/risk-objects`;

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
});

describe('risk objects', () => {
  it('creates an object with its responsible unit and person, audited', async () => {
    const dept = await buildOrgUnit(w.t.db, w.ent.id, 'department');
    const res = await req(w.manager, 'POST', base(), {
      code: 'TF-01',
      name: '储罐区',
      kind: 'facility',
      responsibleUnitId: dept.id,
      responsibleUserId: w.managerUser.id,
      isMajorSource: true,
      majorSourceCode: '320100-001',
      majorSourceGrade: 3,
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.data).toMatchObject({
      code: 'TF-01',
      kind: 'facility',
      isMajorSource: true,
      level: null,
      color: null,
    });
    expect(body.abilities.canEdit).toBe(true);
    const audit = await w.t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityId', '=', body.data.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['risk.object-created']);
  });

  it('saves a major source whose registration code is not issued yet, without inventing one', async () => {
    const noCode = await req(w.manager, 'POST', base(), {
      code: 'X-1',
      name: '甲',
      kind: 'area',
      isMajorSource: true,
    });
    expect(noCode.statusCode).toBe(201);
    expect(noCode.json().data).toMatchObject({ isMajorSource: true, majorSourceCode: null });
  });

  it('names the field: a grade without a major source, a foreign org unit or user', async () => {
    const grade = await req(w.manager, 'POST', base(), {
      code: 'X-0',
      name: '戊',
      kind: 'area',
      majorSourceGrade: 2,
    });
    expect(grade.statusCode).toBe(400);
    expect(grade.json().error.field).toBe('body.majorSourceGrade');
    const foreignDept = await buildOrgUnit(w.t.db, w.other.id, 'department');
    const unit = await req(w.manager, 'POST', base(), {
      code: 'X-2',
      name: '乙',
      kind: 'area',
      responsibleUnitId: foreignDept.id,
    });
    expect(unit.json().error.field).toBe('body.responsibleUnitId');
    const user = await req(w.manager, 'POST', base(), {
      code: 'X-3',
      name: '丙',
      kind: 'area',
      responsibleUserId: w.otherManagerUser.id,
    });
    expect(user.json().error.field).toBe('body.responsibleUserId');
    const kind = await req(w.manager, 'POST', base(), { code: 'X-4', name: '丁', kind: 'building' });
    expect(kind.json().error.field).toBe('body.kind');
  });

  it('refuses a code already used in the enterprise with 409 naming the field, but not in another enterprise', async () => {
    await req(w.manager, 'POST', base(), { code: 'DUP', name: '一', kind: 'area' });
    const dup = await req(w.manager, 'POST', base(), { code: 'DUP', name: '二', kind: 'area' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'RISK_CODE_TAKEN', field: 'body.code' });
    const elsewhere = await req(w.otherManager, 'POST', `/enterprises/${w.other.id}/risk-objects`, {
      code: 'DUP',
      name: '三',
      kind: 'area',
    });
    expect(elsewhere.statusCode).toBe(201);
  });

  it('lets a regulator inside the remit read but not write; outsiders get 404; workers 403', async () => {
    const obj = await buildRiskObject(w.t.db, w.ent.id);
    const url = `${base()}/${obj.id}`;
    const read = await req(w.regulatorIn, 'GET', url);
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities.canEdit).toBe(false);
    expect((await req(w.regulatorIn, 'PATCH', url, { name: '改' })).statusCode).toBe(403);
    expect(
      (await req(w.regulatorIn, 'POST', base(), { code: 'R-1', name: '监管', kind: 'area' })).statusCode,
    ).toBe(403);
    expect((await req(w.regulatorOut, 'GET', url)).statusCode).toBe(404);
    expect((await req(w.regulatorOut, 'PATCH', url, { name: '改' })).statusCode).toBe(404);
    const worker = await req(w.worker, 'PATCH', url, { name: '改' });
    expect(worker.statusCode).toBe(403);
    expect(worker.json().error.permission).toBe('risk.edit');
  });

  it('updates and archives an object with its units', async () => {
    const obj = await buildRiskObject(w.t.db, w.ent.id);
    const unit = await buildRiskUnit(w.t.db, w.ent.id, obj.id);
    const patched = await req(w.manager, 'PATCH', `${base()}/${obj.id}`, {
      name: '新名称',
      location: { lat: 31, lng: 118 },
    });
    expect(patched.json().data).toMatchObject({ name: '新名称', location: { lat: 31, lng: 118 } });
    expect((await req(w.manager, 'DELETE', `${base()}/${obj.id}`)).statusCode).toBe(204);
    const row = await w.t.db
      .selectFrom('riskUnits')
      .select('archivedAt')
      .where('id', '=', unit.id)
      .executeTakeFirstOrThrow();
    expect(row.archivedAt).not.toBeNull();
    expect((await req(w.manager, 'PATCH', `${base()}/${obj.id}`, { name: '再改' })).statusCode).toBe(404);
  });

  it('refuses to archive an object with a unit under review', async () => {
    const obj = await buildRiskObject(w.t.db, w.ent.id);
    await buildRiskUnit(w.t.db, w.ent.id, obj.id, { status: 'submitted' });
    const res = await req(w.manager, 'DELETE', `${base()}/${obj.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('RISK_UNIT_LOCKED');
  });
});
