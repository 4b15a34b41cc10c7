import { beforeAll, describe, expect, it } from 'vitest';
import { buildRiskObject, buildRiskUnit } from '../../../../test/risk-factories.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let source: { id: string };
const url = () => `/enterprises/${w.ent.id}/risk-objects/${source.id}/stewards`;
const three = () => [
  { role: 'principal', name: '王建国', title: '总经理', phone: '13800000001', userId: w.managerUser.id },
  { role: 'technical', name: '李工', title: '技术总监', phone: '025-52341234' },
  { role: 'operational', name: '赵班长', phone: '13900000003' },
];

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  source = await buildRiskObject(w.t.db, w.ent.id, { isMajorSource: true });
});

describe('stewards (包保责任人)', () => {
  it('sets exactly the three roles and shows them on the units of the object', async () => {
    const res = await req(w.manager, 'PUT', url(), { stewards: three() });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.map((s: { role: string }) => s.role)).toEqual([
      'principal',
      'technical',
      'operational',
    ]);
    expect(res.json().data[0]).toMatchObject({
      name: '王建国',
      userId: w.managerUser.id,
      phone: '13800000001',
    });
    const unit = await buildRiskUnit(w.t.db, w.ent.id, source.id);
    const detail = await req(w.manager, 'GET', `/enterprises/${w.ent.id}/risk-units/${unit.id}`);
    expect(detail.json().data.stewards).toHaveLength(3);
    const replaced = await req(w.manager, 'PUT', url(), {
      stewards: three().map((s) => ({ ...s, name: `${s.name}2` })),
    });
    expect(replaced.json().data.map((s: { name: string }) => s.name)).toEqual([
      '王建国2',
      '李工2',
      '赵班长2',
    ]);
  });

  it("answers 400 naming 'body.stewards' when a role is missing or duplicated", async () => {
    const [p, t] = three();
    const missing = await req(w.manager, 'PUT', url(), { stewards: [p, t] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('body.stewards');
    const dup = await req(w.manager, 'PUT', url(), { stewards: [p, t, { ...t, name: '另一人' }] });
    expect(dup.json().error.field).toBe('body.stewards');
  });

  it('validates phones and that a linked user belongs to the enterprise', async () => {
    const s = three();
    const phone = await req(w.manager, 'PUT', url(), { stewards: [s[0], { ...s[1], phone: '12345' }, s[2]] });
    expect(phone.json().error.field).toBe('body.stewards.1.phone');
    const foreign = await req(w.manager, 'PUT', url(), {
      stewards: [{ ...s[0], userId: w.otherManagerUser.id }, s[1], s[2]],
    });
    expect(foreign.json().error.field).toBe('body.stewards.0.userId');
  });

  it('lets a regulator inside the remit read but not write, and hides the object from outsiders', async () => {
    expect((await req(w.regulatorIn, 'GET', url())).statusCode).toBe(200);
    expect((await req(w.regulatorIn, 'PUT', url(), { stewards: three() })).statusCode).toBe(403);
    expect((await req(w.worker, 'PUT', url(), { stewards: three() })).statusCode).toBe(403);
    expect((await req(w.regulatorOut, 'GET', url())).statusCode).toBe(404);
  });
});
