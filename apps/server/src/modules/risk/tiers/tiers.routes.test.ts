import { beforeAll, describe, expect, it } from 'vitest';
import { buildRiskObject, buildRiskUnit } from '../../../../test/risk-factories.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
const url = () => `/enterprises/${w.ent.id}/risk-control-tiers`;

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
});

describe('control tier rules', () => {
  it('answers the defaults until the enterprise sets its own, and units follow', async () => {
    const defaults = await req(w.manager, 'GET', url());
    expect(defaults.json().data.rules).toEqual([
      { level: 'major', tier: 'company', isDefault: true },
      { level: 'significant', tier: 'department', isDefault: true },
      { level: 'general', tier: 'team', isDefault: true },
      { level: 'low', tier: 'post', isDefault: true },
    ]);
    const object = await buildRiskObject(w.t.db, w.ent.id);
    const unit = await buildRiskUnit(w.t.db, w.ent.id, object.id);
    await w.t.db
      .updateTable('riskUnits')
      .set({ currentLevel: 'significant' })
      .where('id', '=', unit.id)
      .execute();
    const put = await req(w.manager, 'PUT', url(), { rules: [{ level: 'significant', tier: 'workshop' }] });
    expect(put.statusCode).toBe(200);
    expect(put.json().data.rules[1]).toEqual({ level: 'significant', tier: 'workshop', isDefault: false });
    const detail = await req(w.manager, 'GET', `/enterprises/${w.ent.id}/risk-units/${unit.id}`);
    expect(detail.json().data.unit.effectiveTier).toBe('workshop');
  });

  it('names the field of a bad rule and guards by risk.configure and scope', async () => {
    const dup = await req(w.manager, 'PUT', url(), {
      rules: [
        { level: 'low', tier: 'post' },
        { level: 'low', tier: 'team' },
      ],
    });
    expect(dup.json().error.field).toBe('body.rules');
    const tier = await req(w.manager, 'PUT', url(), { rules: [{ level: 'low', tier: 'group' }] });
    expect(tier.json().error.field).toBe('body.rules.0.tier');
    expect((await req(w.worker, 'PUT', url(), { rules: [] })).statusCode).toBe(403);
    expect((await req(w.regulatorIn, 'GET', url())).statusCode).toBe(200);
    expect((await req(w.regulatorIn, 'PUT', url(), { rules: [] })).statusCode).toBe(403);
    expect((await req(w.regulatorOut, 'GET', url())).statusCode).toBe(404);
  });
});
