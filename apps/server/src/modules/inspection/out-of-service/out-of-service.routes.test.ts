import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';
import { buildRiskObject, buildRiskUnit } from '../../../../test/risk-factories.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let base: string;
let unitId: string;

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  const object = await buildRiskObject(w.t.db, w.ent.id);
  unitId = (await buildRiskUnit(w.t.db, w.ent.id, object.id)).id;
  base = `/enterprises/${w.ent.id}/inspection/out-of-service`;
});
afterAll(async () => {
  await w.t.app.close();
});

describe('out-of-service routes', () => {
  it('a manager records, changes and deletes a period, each audited', async () => {
    const body = {
      unitId,
      startAt: '2026-12-08T00:00:00+08:00',
      endAt: '2026-12-10T00:00:00+08:00',
      reason: '年度检维修',
    };
    const created = await req(w.manager, 'POST', base, body);
    expect(created.statusCode).toBe(201);
    const { id } = created.json().data;
    expect(created.json().data).toMatchObject({
      unitId,
      endAt: '2026-12-09T16:00:00.000Z',
      reason: '年度检维修',
    });

    const updated = await req(w.manager, 'PUT', `${base}/${id}`, { ...body, endAt: null });
    expect(updated.json().data.endAt).toBeNull();
    expect((await req(w.worker, 'GET', base)).json()).toMatchObject({ abilities: { create: false } });
    expect((await req(w.worker, 'POST', base, body)).statusCode).toBe(403);
    expect((await req(w.manager, 'DELETE', `${base}/${id}`)).statusCode).toBe(204);
    const audit = await w.t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityId', '=', id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'inspection.out-of-service-created',
      'inspection.out-of-service-deleted',
      'inspection.out-of-service-updated',
    ]);
  });

  it('refuses an end before the start and a unit of another enterprise', async () => {
    const reversed = await req(w.manager, 'POST', base, {
      unitId,
      startAt: '2026-12-10T00:00:00+08:00',
      endAt: '2026-12-08T00:00:00+08:00',
      reason: '检修',
    });
    expect(reversed.statusCode).toBe(400);
    const otherObject = await buildRiskObject(w.t.db, w.other.id);
    const otherUnit = await buildRiskUnit(w.t.db, w.other.id, otherObject.id);
    const foreign = await req(w.manager, 'POST', base, {
      unitId: otherUnit.id,
      startAt: '2026-12-08T00:00:00+08:00',
      endAt: null,
      reason: '检修',
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.field).toBe('body.unitId');
  });

  it('outsiders get 404 on the list and on every id', async () => {
    const created = await req(w.manager, 'POST', base, {
      unitId,
      startAt: '2026-12-08T00:00:00+08:00',
      endAt: null,
      reason: '停用',
    });
    const { id } = created.json().data;
    expect((await req(w.otherManager, 'GET', base)).statusCode).toBe(404);
    expect((await req(w.regulatorOut, 'GET', base)).statusCode).toBe(404);
    expect((await req(w.otherManager, 'DELETE', `${base}/${id}`)).statusCode).toBe(404);
    const viaOwn = `/enterprises/${w.other.id}/inspection/out-of-service/${id}`;
    expect((await req(w.otherManager, 'DELETE', viaOwn)).statusCode).toBe(404);
    expect((await req(w.regulatorIn, 'GET', base)).statusCode).toBe(200);
    expect((await req(w.regulatorIn, 'DELETE', `${base}/${id}`)).statusCode).toBe(403);
  });
});
