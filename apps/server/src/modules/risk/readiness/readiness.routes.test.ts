import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildControlMeasure,
  buildRiskEvent,
  buildRiskObject,
  buildRiskUnit,
} from '../../../../test/risk-factories.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let ids: { object: string; unit: string; event: string; measure: string };
const url = () => `/enterprises/${w.ent.id}/risk-readiness`;

type Problem = { entityId: string; field: string; rule: string; link: string };

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  const object = await buildRiskObject(w.t.db, w.ent.id, { name: '甲醇罐区', isMajorSource: true });
  const unit = await buildRiskUnit(w.t.db, w.ent.id, object.id, {
    responsibleUserId: w.managerUser.id,
    currentLevel: 'general',
  });
  const event = await buildRiskEvent(w.t.db, w.ent.id, unit.id, { inherentLevel: 'general' });
  const measure = await buildControlMeasure(w.t.db, w.ent.id, event.id);
  ids = { object: object.id, unit: unit.id, event: event.id, measure: measure.id };
  // An archived object is not reported, so it is not checked.
  const archived = await buildRiskObject(w.t.db, w.ent.id);
  await w.t.db
    .updateTable('riskObjects')
    .set({ archivedAt: new Date() })
    .where('id', '=', archived.id)
    .execute();
});

describe('GET /enterprises/:id/risk-readiness', () => {
  it('counts the live records and lists what keeps each from being reported', async () => {
    const res = await req(w.manager, 'GET', url());
    expect(res.statusCode).toBe(200);
    const { data } = res.json();
    expect(data.counts).toEqual({ checked: 4, ready: 1, withProblems: 3 });
    const problems = (data.problems as Problem[]).map((p) => `${p.entityId}:${p.field}:${p.rule}`);
    expect(problems).toEqual([
      `${ids.object}:responsibleUnit:required`,
      `${ids.object}:responsiblePerson:required`,
      `${ids.object}:majorSourceCode:registrationCode`,
      `${ids.object}:majorSourceKind:required`,
      `${ids.object}:filing:required`,
      `${ids.object}:location:coordinates`,
      `${ids.unit}:responsibleUnit:required`,
      `${ids.measure}:classify2:required`,
      `${ids.measure}:troubleshootContent:required`,
    ]);
    expect(data.problems[7]).toMatchObject({
      entityType: 'riskControlMeasure',
      code: 'reporting.rule.required',
      link: `/risk/register?unit=${ids.unit}&edit=measure:${ids.measure}`,
    });
  });

  it('changes its counts when a missing field is filled in', async () => {
    const fix = await req(w.manager, 'PATCH', `/enterprises/${w.ent.id}/risk-measures/${ids.measure}`, {
      classify1: '1',
      classify2: '1-4',
      troubleshootContent: '检查报警仪是否完好、在检定期内',
    });
    expect(fix.statusCode).toBe(200);
    const { data } = (await req(w.manager, 'GET', url())).json();
    expect(data.counts).toEqual({ checked: 4, ready: 2, withProblems: 2 });
    expect(data.byType.riskControlMeasure).toEqual({ checked: 1, ready: 1, withProblems: 0 });
  });

  it('is read by the enterprise and regulators in remit; outsiders get 404', async () => {
    expect((await req(w.worker, 'GET', url())).statusCode).toBe(200);
    expect((await req(w.regulatorIn, 'GET', url())).statusCode).toBe(200);
    expect((await req(w.otherManager, 'GET', url())).statusCode).toBe(404);
    expect((await req(w.regulatorOut, 'GET', url())).statusCode).toBe(404);
    expect((await req(null, 'GET', url())).statusCode).toBe(401);
    expect((await req(w.manager, 'GET', '/enterprises/not-a-uuid/risk-readiness')).statusCode).toBe(400);
  });
});
