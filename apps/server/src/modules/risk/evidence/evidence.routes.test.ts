import { beforeAll, describe, expect, it } from 'vitest';
import { buildRiskEvent, buildRiskObject, buildRiskUnit } from '../../../../test/risk-factories.ts';
import { clearUnitLevelEvidence, raiseUnitLevel } from '../index.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
const e = () => `/enterprises/${w.ent.id}`;
const audit = { actorId: null, actorName: 'inspection.missed-check job', requestId: null, ip: null };

async function assessedUnit(status: 'draft' | 'approved' | 'submitted' = 'draft') {
  const object = await buildRiskObject(w.t.db, w.ent.id);
  const unit = await buildRiskUnit(w.t.db, w.ent.id, object.id, { status });
  await buildRiskEvent(w.t.db, w.ent.id, unit.id, { inherentLevel: 'general', residualLevel: 'low' });
  await w.t.db
    .updateTable('riskUnits')
    .set({ inherentLevel: 'general', residualLevel: 'low', currentLevel: 'low' })
    .where('id', '=', unit.id)
    .execute();
  return unit;
}

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
});

describe('level evidence', () => {
  it('raises the current level by hand and clears it again, with history rows', async () => {
    const unit = await assessedUnit();
    const raised = await req(w.manager, 'POST', `${e()}/risk-units/${unit.id}/evidence`, {
      level: 'significant',
      reason: '现场检查发现防火堤破损',
    });
    expect(raised.statusCode).toBe(201);
    expect(raised.json().data).toMatchObject({
      level: 'significant',
      source: 'manual',
      color: 'orange',
      clearedAt: null,
    });
    expect(raised.json().unit).toMatchObject({
      residualLevel: 'low',
      currentLevel: 'significant',
      effectiveTier: 'department',
    });
    const id = raised.json().data.id;
    const cleared = await req(w.manager, 'POST', `${e()}/risk-evidence/${id}/clearance`, {
      reason: '防火堤已修复',
    });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json().data).toMatchObject({ clearReason: '防火堤已修复', clearedBy: w.managerUser.id });
    expect(cleared.json().unit.currentLevel).toBe('low');
    const history = (await req(w.regulatorIn, 'GET', `${e()}/risk-units/${unit.id}/level-history`)).json()
      .data;
    expect(
      history.map((h: { cause: string; fromLevel: string; toLevel: string; reason: string }) => [
        h.cause,
        h.fromLevel,
        h.toLevel,
        h.reason,
      ]),
    ).toEqual([
      ['evidence-raised', 'low', 'significant', '现场检查发现防火堤破损'],
      ['evidence-cleared', 'significant', 'low', '防火堤已修复'],
    ]);
  });

  it('lets other modules raise and clear inside their transaction, without reopening an approved unit', async () => {
    const unit = await assessedUnit('approved');
    const evidenceId = await w.t.db.transaction().execute((trx) =>
      raiseUnitLevel(
        trx,
        { audit },
        {
          enterpriseId: w.ent.id,
          unitId: unit.id,
          level: 'major',
          source: 'inspection.missed-check',
          reason: '连续3次漏检',
          refType: 'inspectionTask',
          refId: 'task-1',
        },
      ),
    );
    const detail = (await req(w.manager, 'GET', `${e()}/risk-units/${unit.id}`)).json().data;
    expect(detail.unit).toMatchObject({ status: 'approved', currentLevel: 'major' });
    expect(detail.evidence).toEqual([
      expect.objectContaining({ id: evidenceId, source: 'inspection.missed-check', refId: 'task-1' }),
    ]);
    const first = await w.t.db
      .transaction()
      .execute((trx) =>
        clearUnitLevelEvidence(trx, { audit }, { enterpriseId: w.ent.id, evidenceId, reason: '已补检' }),
      );
    const again = await w.t.db
      .transaction()
      .execute((trx) =>
        clearUnitLevelEvidence(trx, { audit }, { enterpriseId: w.ent.id, evidenceId, reason: '重复' }),
      );
    expect([first, again]).toEqual([true, false]);
    const after = (await req(w.manager, 'GET', `${e()}/risk-units/${unit.id}`)).json().data;
    expect(after.unit.currentLevel).toBe('low');
    expect(after.evidence).toEqual([]);
    expect(after.levelHistory.map((h: { cause: string }) => h.cause)).toEqual([
      'evidence-raised',
      'evidence-cleared',
    ]);
  });

  it('keeps the higher of several pieces of evidence and accepts evidence on a unit under review', async () => {
    const unit = await assessedUnit('submitted');
    const post = (level: string) =>
      req(w.manager, 'POST', `${e()}/risk-units/${unit.id}/evidence`, { level, reason: level });
    const major = (await post('major')).json().data.id;
    expect((await post('general')).json().unit.currentLevel).toBe('major');
    const cleared = await req(w.manager, 'POST', `${e()}/risk-evidence/${major}/clearance`, {
      reason: '处置完毕',
    });
    expect(cleared.json().unit.currentLevel).toBe('general');
  });

  it('refuses workers and regulators, hides other enterprises, and names a missing reason', async () => {
    const unit = await assessedUnit();
    const body = { level: 'major', reason: '测试' };
    expect((await req(w.worker, 'POST', `${e()}/risk-units/${unit.id}/evidence`, body)).statusCode).toBe(403);
    expect((await req(w.regulatorIn, 'POST', `${e()}/risk-units/${unit.id}/evidence`, body)).statusCode).toBe(
      403,
    );
    expect((await req(w.regulatorOut, 'GET', `${e()}/risk-units/${unit.id}/level-history`)).statusCode).toBe(
      404,
    );
    expect(
      (await req(w.otherManager, 'POST', `/enterprises/${w.other.id}/risk-units/${unit.id}/evidence`, body))
        .statusCode,
    ).toBe(404);
    expect(
      (await req(w.manager, 'POST', `${e()}/risk-units/${unit.id}/evidence`, { level: 'major' })).json().error
        .field,
    ).toBe('body.reason');
  });
});
