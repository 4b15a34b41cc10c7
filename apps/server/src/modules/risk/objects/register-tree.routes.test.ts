import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRiskEvent, buildRiskObject, buildRiskUnit } from '../../../../test/risk-factories.ts';
import { buildEnterprise, buildUser } from '../../../../test/factories.ts';
import { QueryCounter } from '../../../../test/query-counter.ts';
import { loginAs } from '../../../../test/test-app.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';

const queries = new QueryCounter();
let w: RegisterWorld;
let req: ReturnType<typeof requester>;
const tree = (query = '') => req(w.manager, 'GET', `/enterprises/${w.ent.id}/risk-register/tree${query}`);

let tank: { id: string };
let t101: { id: string };

beforeAll(async () => {
  w = await buildRegisterWorld({ plugins: [queries] });
  req = requester(w.t);
  tank = await buildRiskObject(w.t.db, w.ent.id, { name: '储罐区' });
  const level = (l: 'significant' | 'general' | 'low') => ({ currentLevel: l, residualLevel: l });
  t101 = await buildRiskUnit(w.t.db, w.ent.id, tank.id, { name: 'T-101 储罐', ...level('significant') });
  await buildRiskUnit(w.t.db, w.ent.id, tank.id, { name: 'T-102 储罐', ...level('low') });
  await buildRiskEvent(w.t.db, w.ent.id, t101.id);
  await buildRiskEvent(w.t.db, w.ent.id, t101.id);
  const workshop = await buildRiskObject(w.t.db, w.ent.id, { name: '装卸作业', kind: 'activity' });
  await buildRiskUnit(w.t.db, w.ent.id, workshop.id, { name: '汽车装卸', ...level('general') });
  await buildRiskUnit(w.t.db, w.ent.id, workshop.id, { name: '未评估单元' });
});

describe('register tree', () => {
  it('pages objects with units, event counts, rolled-up levels, counts and the enterprise level', async () => {
    const res = await tree();
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.page).toEqual({ page: 1, pageSize: 20, total: 2 });
    expect(body.data.counts).toEqual({ major: 0, significant: 1, general: 1, low: 1, unassessed: 1 });
    expect(body.data.enterprise).toMatchObject({ level: 'significant', color: 'orange', riskClass: 2 });
    expect(body.data.enterprise.rule).toContain('最高');
    const tankNode = body.data.objects.find((o: { id: string }) => o.id === tank.id);
    expect(tankNode).toMatchObject({ level: 'significant', color: 'orange', riskClass: 2 });
    const unit = tankNode.units.find((u: { id: string }) => u.id === t101.id);
    expect(unit).toMatchObject({ eventCount: 2, currentLevel: 'significant', effectiveTier: 'department' });
    expect(body.abilities).toMatchObject({ canEdit: true, canConfigure: true });
  });

  it('filters by level and keyword, keeping the object level over all its units', async () => {
    const low = (await tree('?level=low')).json();
    expect(low.page.total).toBe(1);
    expect(low.data.objects[0].units.map((u: { currentLevel: string }) => u.currentLevel)).toEqual(['low']);
    expect(low.data.objects[0].level).toBe('significant');
    const q = (await tree(`?q=${encodeURIComponent('汽车')}`)).json();
    expect(q.data.objects).toHaveLength(1);
    expect(q.data.objects[0].units.map((u: { name: string }) => u.name)).toEqual(['汽车装卸']);
    expect((await tree('?level=extreme')).json().error.field).toBe('querystring.level');
  });

  it('is readable by a regulator inside the remit without edit abilities, 404 outside', async () => {
    const inside = await req(w.regulatorIn, 'GET', `/enterprises/${w.ent.id}/risk-register/tree`);
    expect(inside.statusCode).toBe(200);
    expect(inside.json().abilities.canEdit).toBe(false);
    expect((await req(w.regulatorOut, 'GET', `/enterprises/${w.ent.id}/risk-register/tree`)).statusCode).toBe(
      404,
    );
    expect((await req(w.otherManager, 'GET', `/enterprises/${w.ent.id}/risk-register/tree`)).statusCode).toBe(
      404,
    );
  });

  it('states the enterprise level with the major-source floor', async () => {
    await buildRiskObject(w.t.db, w.ent.id, {
      code: 'MS-1',
      name: '液氯库',
      isMajorSource: true,
      majorSourceCode: 'MS-0001',
      majorSourceGrade: 2,
    });
    const res = await req(w.manager, 'GET', `/enterprises/${w.ent.id}/risk-level`);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ level: 'major', color: 'red', riskClass: 1 });
    expect(res.json().data.majorSources).toEqual([
      expect.objectContaining({ code: 'MS-1', majorSourceGrade: 2, level: null }),
    ]);
  });
});

describe('register tree at size', () => {
  it('runs the same number of queries for 1 unit and for 2,000 units with 10,000 events', async () => {
    const big = await buildEnterprise(w.t.db);
    const e = big.id;
    const s = await loginAs(
      w.t.app,
      (await buildUser(w.t.db, { roles: ['safetyManager'], enterpriseId: e })).username,
    );
    const firstPage = () => req(s, 'GET', `/enterprises/${e}/risk-register/tree?pageSize=50`);
    const object = await buildRiskObject(w.t.db, e);
    await buildRiskEvent(w.t.db, e, (await buildRiskUnit(w.t.db, e, object.id)).id);
    const small = await queries.during(firstPage);

    // 200 more objects × 10 units × 5 events, generated in SQL.
    await sql`insert into risk_objects (enterprise_id, id, code, name, kind)
      select ${e}::uuid, gen_random_uuid(), 'G' || g, '对象' || g, 'facility' from generate_series(1, 200) g`.execute(
      w.t.db,
    );
    await sql`insert into risk_units (enterprise_id, id, object_id, code, name, current_level)
      select o.enterprise_id, gen_random_uuid(), o.id, o.code || '-U' || g, '单元' || g,
        (array['major','significant','general','low'])[1 + g % 4]
      from risk_objects o, generate_series(1, 10) g where o.enterprise_id = ${e}::uuid and o.code like 'G%'`.execute(
      w.t.db,
    );
    await sql`insert into risk_events (enterprise_id, id, unit_id, name)
      select u.enterprise_id, gen_random_uuid(), u.id, '事件' || g
      from risk_units u, generate_series(1, 5) g where u.enterprise_id = ${e}::uuid and u.code like 'G%'`.execute(
      w.t.db,
    );

    let res: Awaited<ReturnType<typeof firstPage>> | undefined;
    const large = await queries.during(async () => {
      res = await firstPage();
    });
    expect(large).toBe(small);
    expect(res?.statusCode).toBe(200);
    const body = res?.json();
    expect(body.page.total).toBe(201);
    expect(body.data.objects).toHaveLength(50);
    const generated = body.data.objects.find((o: { code: string }) => o.code === 'G1');
    expect(generated.units).toHaveLength(10);
    expect(generated.units[0].eventCount).toBe(5);
    expect(body.data.counts).toEqual({ major: 400, significant: 600, general: 600, low: 400, unassessed: 1 });
  });
});
