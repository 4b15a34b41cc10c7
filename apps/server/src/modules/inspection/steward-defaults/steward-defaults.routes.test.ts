import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let path: string;

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  path = `/enterprises/${w.ent.id}/inspection/steward-defaults`;
});
afterAll(async () => {
  await w.t.app.close();
});

const mine = [
  { role: 'principal', checkCycle: 1, checkCycleUnit: 'month' },
  { role: 'technical', checkCycle: 2, checkCycleUnit: 'week' },
  { role: 'operational', checkCycle: 1, checkCycleUnit: 'day' },
];

describe('steward (包保) defaults per role', () => {
  it('start at the product defaults: principal quarterly, technical monthly, operational weekly', async () => {
    const res = await req(w.worker, 'GET', path);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      data: [
        { role: 'principal', checkCycle: 1, checkCycleUnit: 'quarter', isProductDefault: true },
        { role: 'technical', checkCycle: 1, checkCycleUnit: 'month', isProductDefault: true },
        { role: 'operational', checkCycle: 1, checkCycleUnit: 'week', isProductDefault: true },
      ],
      abilities: { edit: false },
    });
  });

  it('a manager sets the enterprise’s own, audited; the other enterprise keeps the defaults', async () => {
    const res = await req(w.manager, 'PUT', path, { defaults: mine });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual(mine.map((d) => ({ ...d, isProductDefault: false })));
    expect((await req(w.manager, 'GET', path)).json().abilities).toEqual({ edit: true });
    const audit = await w.t.db
      .selectFrom('auditEvents')
      .select('id')
      .where('action', '=', 'inspection.steward-defaults-updated')
      .execute();
    expect(audit).toHaveLength(1);
    const other = await req(w.otherManager, 'GET', `/enterprises/${w.other.id}/inspection/steward-defaults`);
    expect(other.json().data[0]).toMatchObject({ checkCycleUnit: 'quarter', isProductDefault: true });
  });

  it('refuses workers (403), outsiders (404) and bad input (400 naming the field)', async () => {
    const worker = await req(w.worker, 'PUT', path, { defaults: mine });
    expect(worker.statusCode).toBe(403);
    expect(JSON.stringify(worker.json())).toContain('inspection.manage');
    expect((await req(w.otherManager, 'PUT', path, { defaults: mine })).statusCode).toBe(404);
    expect((await req(w.regulatorOut, 'GET', path)).statusCode).toBe(404);
    const bad = await req(w.manager, 'PUT', path, {
      defaults: [{ ...mine[0], checkCycle: 0 }, mine[1], mine[2]],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('body.defaults.0.checkCycle');
    const twice = await req(w.manager, 'PUT', path, { defaults: [mine[0], mine[0], mine[1]] });
    expect(twice.statusCode).toBe(400);
  });
});
