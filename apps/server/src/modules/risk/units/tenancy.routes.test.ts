import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildControlMeasure,
  buildRiskEvent,
  buildRiskObject,
  buildRiskUnit,
} from '../../../../test/risk-factories.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';

// Enterprise A's manager may edit A's register; every id of B's register must look like it does
// not exist, whether the path names B (not visible) or A (the id is not A's).
let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let b: { object: string; unit: string; event: string; measure: string; evidence: string };

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  const object = await buildRiskObject(w.t.db, w.other.id);
  const unit = await buildRiskUnit(w.t.db, w.other.id, object.id);
  const event = await buildRiskEvent(w.t.db, w.other.id, unit.id);
  const measure = await buildControlMeasure(w.t.db, w.other.id, event.id);
  const evidence = crypto.randomUUID();
  await w.t.db
    .insertInto('riskLevelEvidence')
    .values({
      enterpriseId: w.other.id,
      id: evidence,
      unitId: unit.id,
      level: 'major',
      source: 'manual',
      reason: 'b',
      refType: null,
      refId: null,
      raisedBy: null,
      clearedAt: null,
      clearedBy: null,
      clearReason: null,
    })
    .execute();
  b = { object: object.id, unit: unit.id, event: event.id, measure: measure.id, evidence };
});

const reads = () => [
  `risk-objects/${b.object}`,
  `risk-objects/${b.object}/stewards`,
  `risk-units/${b.unit}`,
  `risk-units/${b.unit}/level-history`,
  `risk-events/${b.event}`,
  `risk-events/${b.event}/assessments`,
  `risk-events/${b.event}/measures`,
];

const writes = (): [string, string, object | undefined][] => [
  ['PATCH', `risk-objects/${b.object}`, { name: '改' }],
  ['DELETE', `risk-objects/${b.object}`, undefined],
  [
    'PUT',
    `risk-objects/${b.object}/stewards`,
    {
      stewards: [
        { role: 'principal', name: '甲', phone: '13800000001' },
        { role: 'technical', name: '乙', phone: '13800000002' },
        { role: 'operational', name: '丙', phone: '13800000003' },
      ],
    },
  ],
  ['PATCH', `risk-units/${b.unit}`, { name: '改' }],
  ['DELETE', `risk-units/${b.unit}`, undefined],
  ['PUT', `risk-units/${b.unit}/steps`, { steps: [] }],
  ['PUT', `risk-units/${b.unit}/posts`, { postIds: [] }],
  ['PUT', `risk-units/${b.unit}/safety-signs`, { signCodes: ['W02'] }],
  ['POST', `risk-units/${b.unit}/events`, { name: '新' }],
  ['POST', `risk-units/${b.unit}/evidence`, { level: 'major', reason: '越权' }],
  ['PATCH', `risk-events/${b.event}`, { name: '改' }],
  ['DELETE', `risk-events/${b.event}`, undefined],
  ['POST', `risk-events/${b.event}/measures`, { kind: 'emergency', content: '越权' }],
  [
    'POST',
    `risk-events/${b.event}/assessments`,
    { kind: 'inherent', method: 'lec', inputs: { l: 6, e: 6, c: 7 } },
  ],
  ['PATCH', `risk-measures/${b.measure}`, { content: '改' }],
  ['DELETE', `risk-measures/${b.measure}`, undefined],
  ['POST', `risk-evidence/${b.evidence}/clearance`, { reason: '越权' }],
];

describe('tenancy: enterprise A cannot reach enterprise B', () => {
  it("answers 404 for every read of B's ids, under B's path and under A's", async () => {
    for (const path of reads()) {
      for (const enterpriseId of [w.other.id, w.ent.id]) {
        const res = await req(w.manager, 'GET', `/enterprises/${enterpriseId}/${path}`);
        expect(res.statusCode, `GET ${enterpriseId === w.ent.id ? 'A' : 'B'}/${path}`).toBe(404);
      }
    }
    expect((await req(w.manager, 'GET', `/enterprises/${w.other.id}/risk-register/tree`)).statusCode).toBe(
      404,
    );
    expect((await req(w.manager, 'GET', `/enterprises/${w.other.id}/risk-level`)).statusCode).toBe(404);
  });

  it("answers 404 for every write to B's ids, and changes nothing", async () => {
    for (const [method, path, body] of writes()) {
      for (const enterpriseId of [w.other.id, w.ent.id]) {
        const res = await req(w.manager, method, `/enterprises/${enterpriseId}/${path}`, body);
        expect(res.statusCode, `${method} ${enterpriseId === w.ent.id ? 'A' : 'B'}/${path}`).toBe(404);
      }
    }
    const unit = await w.t.db
      .selectFrom('riskUnits')
      .select(['name', 'archivedAt'])
      .where('id', '=', b.unit)
      .executeTakeFirstOrThrow();
    expect(unit.archivedAt).toBeNull();
    const mine = await req(w.otherManager, 'GET', `/enterprises/${w.other.id}/risk-units/${b.unit}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().data.events).toHaveLength(1);
    expect(mine.json().data.evidence).toHaveLength(1);
  });
});
