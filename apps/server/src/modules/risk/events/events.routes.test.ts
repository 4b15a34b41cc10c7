import { beforeAll, describe, expect, it } from 'vitest';
import { buildRiskObject, buildRiskUnit } from '../../../../test/risk-factories.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let unit: { id: string };
const e = () => `/enterprises/${w.ent.id}`;

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  const object = await buildRiskObject(w.t.db, w.ent.id);
  unit = await buildRiskUnit(w.t.db, w.ent.id, object.id);
});

describe('risk events', () => {
  it('identifies an event with GB/T 13861 factors and fills the 2025 accident types from 1986', async () => {
    const res = await req(w.manager, 'POST', `${e()}/risk-units/${unit.id}/events`, {
      name: '储罐泄漏引发火灾爆炸',
      factors: [{ code: '2', note: '法兰密封失效' }, { code: '4' }],
      accidentTypes1986: ['015'],
      state: 'abnormal',
      tense: 'present',
      consequences: '人员伤亡、储罐区火灾',
    });
    expect(res.statusCode).toBe(201);
    const data = res.json().data;
    expect(data).toMatchObject({
      accidentTypes1986: ['015'],
      accidentTypes2025: ['WSA10016', 'WSA10018'],
      state: 'abnormal',
      inherentLevel: null,
    });
    expect(data.factors).toEqual([
      expect.objectContaining({ code: '2', note: '法兰密封失效' }),
      expect.objectContaining({ code: '4', note: '' }),
    ]);
  });

  it('fills 1986 from 2025 and keeps both when both are given', async () => {
    const only2025 = await req(w.manager, 'POST', `${e()}/risk-units/${unit.id}/events`, {
      name: '高处坠落',
      accidentTypes2025: ['WSA10012'],
    });
    expect(only2025.json().data.accidentTypes1986).toEqual(['010', '011']);
    const both = await req(w.manager, 'POST', `${e()}/risk-units/${unit.id}/events`, {
      name: '灼烫',
      accidentTypes1986: ['010'],
      accidentTypes2025: ['WSA10025'],
    });
    expect(both.json().data).toMatchObject({ accidentTypes1986: ['010'], accidentTypes2025: ['WSA10025'] });
  });

  it('names the field of a bad factor code, accident type, or a duplicate factor', async () => {
    const post = (body: object) =>
      req(w.manager, 'POST', `${e()}/risk-units/${unit.id}/events`, { name: '甲', ...body });
    expect((await post({ factors: [{ code: '9' }] })).json().error.field).toBe('body.factors.0.code');
    expect((await post({ accidentTypes1986: ['99'] })).json().error.field).toBe('body.accidentTypes1986.0');
    expect((await post({ factors: [{ code: '1' }, { code: '1' }] })).json().error.field).toBe('body.factors');
    expect((await post({ stepId: crypto.randomUUID() })).json().error.field).toBe('body.stepId');
  });

  it('updates an event, re-deriving the other edition, and replaces factors', async () => {
    const created = await req(w.manager, 'POST', `${e()}/risk-units/${unit.id}/events`, {
      name: '触电',
      accidentTypes1986: ['08'],
    });
    const id = created.json().data.id;
    const res = await req(w.manager, 'PATCH', `${e()}/risk-events/${id}`, {
      accidentTypes1986: ['09'],
      factors: [{ code: '1' }],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      name: '触电',
      accidentTypes1986: ['09'],
      accidentTypes2025: ['WSA10010'],
    });
    expect(res.json().data.factors.map((f: { code: string }) => f.code)).toEqual(['1']);
  });

  it('deletes an event and recomputes the unit level from the rest', async () => {
    const a = (await req(w.manager, 'POST', `${e()}/risk-units/${unit.id}/events`, { name: '甲' })).json()
      .data.id;
    await req(w.manager, 'POST', `${e()}/risk-events/${a}/assessments`, {
      kind: 'residual',
      method: 'direct',
      inputs: { level: 'major', reason: 'majorCriterion' },
    });
    expect((await req(w.manager, 'GET', `${e()}/risk-units/${unit.id}`)).json().data.unit.currentLevel).toBe(
      'major',
    );
    expect((await req(w.manager, 'DELETE', `${e()}/risk-events/${a}`)).statusCode).toBe(204);
    const after = (await req(w.manager, 'GET', `${e()}/risk-units/${unit.id}`)).json().data;
    expect(after.unit.currentLevel).toBeNull();
    expect(after.levelHistory.map((h: { cause: string }) => h.cause)).toEqual([
      'assessment',
      'event-deleted',
    ]);
  });

  it('refuses workers and regulators, and hides other enterprises', async () => {
    const id = (await req(w.manager, 'POST', `${e()}/risk-units/${unit.id}/events`, { name: '乙' })).json()
      .data.id;
    expect((await req(w.worker, 'PATCH', `${e()}/risk-events/${id}`, { name: '改' })).statusCode).toBe(403);
    expect((await req(w.regulatorIn, 'GET', `${e()}/risk-events/${id}`)).statusCode).toBe(200);
    expect((await req(w.regulatorIn, 'DELETE', `${e()}/risk-events/${id}`)).statusCode).toBe(403);
    expect((await req(w.regulatorOut, 'GET', `${e()}/risk-events/${id}`)).statusCode).toBe(404);
    expect(
      (await req(w.otherManager, 'PATCH', `/enterprises/${w.other.id}/risk-events/${id}`, { name: '改' }))
        .statusCode,
    ).toBe(404);
  });
});
