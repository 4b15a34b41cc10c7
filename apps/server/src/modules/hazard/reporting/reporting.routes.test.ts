import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let base: string;

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  base = `/enterprises/${w.ent.id}/hazards`;
});
afterAll(async () => {
  await w.t.app.close();
});

const body = {
  name: '储罐区防火堤排水阀未关闭',
  description: '巡检发现2号储罐区防火堤排水阀处于开启状态',
  dangerSrc: 1,
};

describe('hazard reporting routes', () => {
  it('a worker reports a hazard: reported, with a timeline step and an audit row', async () => {
    const res = await req(w.worker, 'POST', base, body);
    expect(res.statusCode).toBe(201);
    const { id, state } = res.json().data;
    expect(state).toBe('reported');
    const row = await w.t.db.selectFrom('hazards').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      name: body.name,
      dangerSrc: 1,
      foundBy: 'self',
      registrantId: w.workerUser.id,
    });
    const steps = await w.t.db
      .selectFrom('hazardSteps')
      .select('toState')
      .where('hazardId', '=', id)
      .execute();
    expect(steps).toEqual([{ toState: 'reported' }]);
    const audit = await w.t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityId', '=', id)
      .execute();
    expect(audit).toEqual([{ action: 'hazard.reported' }]);
  });

  it('names the field of bad input and refuses a photo id that is not this enterprise’s file', async () => {
    const long = await req(w.worker, 'POST', base, { ...body, name: '隐'.repeat(301) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.field ?? long.json().error.details?.field).toContain('name');
    const photo = await req(w.worker, 'POST', `${base}/quick`, {
      description: '配电室门口灭火器压力不足',
      photoIds: ['00000000-0000-4000-8000-000000000099'],
    });
    expect(photo.statusCode).toBe(400);
    expect(JSON.stringify(photo.json())).toContain('body.photoIds');
  });

  it('another enterprise and regulators get 404; a regulator in remit cannot report', async () => {
    expect((await req(w.otherManager, 'POST', base, body)).statusCode).toBe(404);
    expect((await req(w.regulatorOut, 'POST', base, body)).statusCode).toBe(404);
    const inRemit = await req(w.regulatorIn, 'POST', base, body);
    expect(inRemit.statusCode).toBe(403);
    expect(JSON.stringify(inRemit.json())).toContain('hazard.report');
  });
});
