import { beforeAll, describe, expect, it } from 'vitest';
import { buildRiskObject } from '../../../../test/risk-factories.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
const e = () => `/enterprises/${w.ent.id}`;

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
});

const flag = async () => (await req(w.regulatorIn, 'GET', e())).json().data.hasMajorHazardSource as boolean;
const registry = async (value: 'true' | 'false') =>
  (await req(w.regulatorIn, 'GET', `/enterprises?hasMajorHazardSource=${value}&pageSize=100`)).json()
    .data as {
    id: string;
    hasMajorHazardSource: boolean;
  }[];

describe('the enterprise’s derived flag “has a major hazard source” (两重点一重大)', () => {
  it('follows the register: evaluated, unmarked, marked, archived; audited only when it changes', async () => {
    expect(await flag()).toBe(false);
    const tank = await buildRiskObject(w.t.db, w.ent.id, { name: '液氯储罐区' });
    const evaluated = await req(w.manager, 'PUT', `${e()}/risk-objects/${tank.id}/major-source`, {
      exposedPopulation: 60,
      inventory: [{ substanceCode: 'T1-12', quantityTonnes: 250 }],
    });
    expect(evaluated.json().data.isMajorSource).toBe(true);
    expect(await flag()).toBe(true);
    expect((await registry('true')).map((x) => x.id)).toContain(w.ent.id);
    expect((await registry('false')).map((x) => x.id)).not.toContain(w.ent.id);

    // A second evaluation that still qualifies changes nothing on the enterprise.
    await req(w.manager, 'PUT', `${e()}/risk-objects/${tank.id}/major-source`, {
      exposedPopulation: 60,
      inventory: [{ substanceCode: 'T1-12', quantityTonnes: 300 }],
    });
    const changes = await w.t.db
      .selectFrom('auditEvents')
      .select(['after'])
      .where('action', '=', 'enterprise.major-hazard-flag-changed')
      .where('entityId', '=', w.ent.id)
      .execute();
    expect(changes.map((c) => c.after)).toEqual([{ hasMajorHazardSource: true }]);

    expect(
      (
        await req(w.manager, 'PATCH', `${e()}/risk-objects/${tank.id}`, {
          isMajorSource: false,
          majorSourceGrade: null,
        })
      ).statusCode,
    ).toBe(200);
    expect(await flag()).toBe(false);

    const marked = await req(w.manager, 'POST', `${e()}/risk-objects`, {
      code: 'MS-X',
      name: '液氨库',
      kind: 'area',
      isMajorSource: true,
    });
    expect(marked.statusCode).toBe(201);
    expect(await flag()).toBe(true);
    expect((await req(w.manager, 'DELETE', `${e()}/risk-objects/${marked.json().data.id}`)).statusCode).toBe(
      204,
    );
    expect(await flag()).toBe(false);

    const events = await w.t.db
      .selectFrom('domainEvents')
      .select(['payload'])
      .where('type', '=', 'enterprise.major-hazard-flag-changed')
      .where('entityId', '=', w.ent.id)
      .execute();
    expect(events.map((x) => x.payload)).toEqual([
      { hasMajorHazardSource: true },
      { hasMajorHazardSource: false },
      { hasMajorHazardSource: true },
      { hasMajorHazardSource: false },
    ]);
  });
});
