import { beforeAll, describe, expect, it } from 'vitest';
import { buildRiskEvent, buildRiskObject, buildRiskUnit } from '../../../../test/risk-factories.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
const e = () => `/enterprises/${w.ent.id}`;
const assess = (eventId: string, body: object) =>
  req(w.manager, 'POST', `${e()}/risk-events/${eventId}/assessments`, body);

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
});

describe('calculator', () => {
  it('evaluates a method and inputs without an enterprise', async () => {
    const res = await req(w.worker, 'POST', '/assessments/evaluate', {
      method: 'lec',
      inputs: { l: 6, e: 6, c: 7 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      method: 'lec',
      score: 252,
      level: 'significant',
      color: 'orange',
      tableVersion: 'lec-default@1',
    });
    expect(res.json().data.explanation).toContain('252');
    const variant = await req(w.worker, 'POST', '/assessments/evaluate', {
      method: 'lec',
      inputs: { l: 6, e: 6, c: 7 },
      tableVersion: 'lec-variant-b@1',
    });
    expect(variant.json().data).toMatchObject({ level: 'major', tableVersion: 'lec-variant-b@1' });
  });

  it('names the field of a value outside the factor table or an unknown table', async () => {
    const bad = await req(w.worker, 'POST', '/assessments/evaluate', {
      method: 'lec',
      inputs: { l: 6, e: 7, c: 7 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.inputs.e' });
    const table = await req(w.worker, 'POST', '/assessments/evaluate', {
      method: 'ls',
      inputs: { l: 3, s: 3 },
      tableVersion: 'nope@9',
    });
    expect(table.json().error.field).toBe('body.tableVersion');
    const missing = await req(w.worker, 'POST', '/assessments/evaluate', {
      method: 'mes',
      inputs: { m: 3, e: 2 },
    });
    expect(missing.json().error.field).toBe('body.inputs.s');
  });

  it('requires a login and lists the table sets for pickers', async () => {
    expect(
      (await req(null, 'POST', '/assessments/evaluate', { method: 'lec', inputs: { l: 6, e: 6, c: 7 } }))
        .statusCode,
    ).toBe(401);
    const tables = (await req(w.worker, 'GET', '/assessment-tables')).json().data;
    const lec = tables.find((t: { key: string }) => t.key === 'lec-default@1');
    expect(lec).toMatchObject({ method: 'lec', isDefault: true });
    expect(lec.factors.map((f: { key: string }) => f.key)).toEqual(['l', 'e', 'c']);
    expect(lec.factors[0].options[0]).toMatchObject({ value: 10, labelZh: '完全可以预料' });
    expect(lec.bands[0]).toMatchObject({ level: 'major', color: 'red' });
  });
});

describe('assessing events', () => {
  it('stores a snapshot, sets the event level and rolls the unit up', async () => {
    const object = await buildRiskObject(w.t.db, w.ent.id);
    const unit = await buildRiskUnit(w.t.db, w.ent.id, object.id);
    await w.t.db
      .updateTable('riskUnits')
      .set({ needsReassessment: true, reassessmentReason: '工艺变更' })
      .where('id', '=', unit.id)
      .execute();
    const leak = await buildRiskEvent(w.t.db, w.ent.id, unit.id, { name: '泄漏' });
    const fall = await buildRiskEvent(w.t.db, w.ent.id, unit.id, { name: '坠落' });

    const inherent = await assess(leak.id, { kind: 'inherent', method: 'lec', inputs: { l: 6, e: 6, c: 7 } });
    expect(inherent.statusCode).toBe(201);
    expect(inherent.json().data).toMatchObject({
      kind: 'inherent',
      score: 252,
      level: 'significant',
      riskClass: 2,
      tableVersion: 'lec-default@1',
    });
    expect(inherent.json().data.band).toMatchObject({ min: 160, max: 320 });
    expect(inherent.json().unit).toMatchObject({
      inherentLevel: 'significant',
      residualLevel: null,
      currentLevel: null,
      needsReassessment: false,
    });
    expect(inherent.json().unit.lastAssessedAt).not.toBeNull();

    await assess(leak.id, { kind: 'residual', method: 'lec', inputs: { l: 3, e: 6, c: 3 } });
    const fallRes = await assess(fall.id, { kind: 'residual', method: 'ls', inputs: { l: 3, s: 4 } });
    expect(fallRes.statusCode).toBe(201);
    const detail = (await req(w.manager, 'GET', `${e()}/risk-units/${unit.id}`)).json().data;
    const leakView = detail.events.find((x: { id: string }) => x.id === leak.id);
    expect(leakView).toMatchObject({ inherentLevel: 'significant', residualLevel: 'low' });
    expect(leakView.inherentAssessment.explanation).toContain('252');
    expect(leakView.residualAssessment.inputs).toEqual({ l: 3, e: 6, c: 3 });
    // The unit is the highest of its events; history records each change of the current level.
    expect(detail.unit.residualLevel).toBe(fallRes.json().data.level);
    expect(detail.levelHistory.every((h: { cause: string }) => h.cause === 'assessment')).toBe(true);
    expect(detail.levelHistory[0]).toMatchObject({ fromLevel: null, toLevel: 'low' });

    const history = (await req(w.regulatorIn, 'GET', `${e()}/risk-events/${leak.id}/assessments`)).json()
      .data;
    expect(history.map((a: { kind: string }) => a.kind)).toEqual(['residual', 'inherent']);
  });

  it('uses the table set the enterprise chose and names a bad factor', async () => {
    const object = await buildRiskObject(w.t.db, w.ent.id);
    const unit = await buildRiskUnit(w.t.db, w.ent.id, object.id);
    const ev = await buildRiskEvent(w.t.db, w.ent.id, unit.id);
    const bad = await assess(ev.id, { kind: 'inherent', method: 'lec', inputs: { l: 6, e: 5, c: 7 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('body.inputs.e');
    const settings = await req(w.manager, 'PUT', `${e()}/risk-settings`, {
      defaultMethod: 'lec',
      lecTable: 'lec-variant-b@1',
      lsTable: 'ls-default@1',
      mesTable: 'mes-default@1',
    });
    expect(settings.statusCode).toBe(200);
    expect(settings.json().data.lecTable).toBe('lec-variant-b@1');
    const res = await assess(ev.id, { kind: 'inherent', method: 'lec', inputs: { l: 6, e: 6, c: 7 } });
    expect(res.json().data).toMatchObject({ level: 'major', tableVersion: 'lec-variant-b@1' });
    const direct = await assess(ev.id, {
      kind: 'residual',
      method: 'direct',
      inputs: { level: 'low', reason: 'majorSource' },
    });
    expect(direct.json().error.field).toBe('body.inputs.level');
  });

  it('guards settings and assessments by permission and scope', async () => {
    const unknown = await req(w.manager, 'PUT', `${e()}/risk-settings`, {
      defaultMethod: 'lec',
      lecTable: 'lec-default@1',
      lsTable: 'ls-x@1',
      mesTable: 'mes-default@1',
    });
    expect(unknown.json().error.field).toBe('body.lsTable');
    const body = {
      defaultMethod: 'ls',
      lecTable: 'lec-default@1',
      lsTable: 'ls-default@1',
      mesTable: 'mes-default@1',
    };
    expect((await req(w.worker, 'PUT', `${e()}/risk-settings`, body)).statusCode).toBe(403);
    expect((await req(w.regulatorIn, 'GET', `${e()}/risk-settings`)).statusCode).toBe(200);
    expect((await req(w.regulatorIn, 'PUT', `${e()}/risk-settings`, body)).statusCode).toBe(403);
    expect((await req(w.regulatorOut, 'GET', `${e()}/risk-settings`)).statusCode).toBe(404);
    const object = await buildRiskObject(w.t.db, w.ent.id);
    const unit = await buildRiskUnit(w.t.db, w.ent.id, object.id);
    const ev = await buildRiskEvent(w.t.db, w.ent.id, unit.id);
    const input = { kind: 'inherent', method: 'lec', inputs: { l: 6, e: 6, c: 7 } };
    expect((await req(w.worker, 'POST', `${e()}/risk-events/${ev.id}/assessments`, input)).statusCode).toBe(
      403,
    );
    expect(
      (await req(w.regulatorIn, 'POST', `${e()}/risk-events/${ev.id}/assessments`, input)).statusCode,
    ).toBe(403);
    expect((await req(w.regulatorOut, 'GET', `${e()}/risk-events/${ev.id}/assessments`)).statusCode).toBe(
      404,
    );
  });

  it('reopens an approved unit when one of its events is assessed', async () => {
    const object = await buildRiskObject(w.t.db, w.ent.id);
    const unit = await buildRiskUnit(w.t.db, w.ent.id, object.id, { status: 'approved' });
    const ev = await buildRiskEvent(w.t.db, w.ent.id, unit.id);
    const res = await assess(ev.id, { kind: 'inherent', method: 'mes', inputs: { m: 3, e: 2, s: 2 } });
    expect(res.statusCode).toBe(201);
    expect(res.json().unit.status).toBe('draft');
  });
});
