import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnterprise, buildJurisdictions, buildUser, PLACES } from '../../../../test/factories.ts';
import { buildRiskObject, buildRiskUnit } from '../../../../test/risk-factories.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../../../../test/test-app.ts';

let t: TestApp;
let plant: { id: string };
let other: { id: string };
let manager: Session;
let worker: Session;
let outsider: Session;
let image: string;
let pdf: string;
let foreignImage: string;
const units: string[] = [];
let foreignUnit: string;

async function file(enterpriseId: string, mimeType: string) {
  const id = randomUUID();
  await t.db
    .insertInto('files')
    .values({
      enterpriseId,
      id,
      storageKey: `k/${id}`,
      originalName: '平面图',
      mimeType,
      sizeBytes: 10,
      sha256: 'x',
      capturedAt: null,
      gpsLat: null,
      gpsLng: null,
      uploadedBy: null,
    })
    .execute();
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  plant = await buildEnterprise(t.db, { name: '宏达化工' });
  other = await buildEnterprise(t.db, { jurisdictionCode: PLACES.otherTown });
  const login = async (o: Parameters<typeof buildUser>[1]) =>
    loginAs(t.app, (await buildUser(t.db, o)).username);
  manager = await login({ roles: ['safetyManager'], enterpriseId: plant.id });
  worker = await login({ roles: ['worker'], enterpriseId: plant.id });
  outsider = await login({ roles: ['safetyManager'], enterpriseId: other.id });
  image = await file(plant.id, 'image/png');
  pdf = await file(plant.id, 'application/pdf');
  foreignImage = await file(other.id, 'image/png');
  const object = await buildRiskObject(t.db, plant.id, { lat: 31.95, lng: 118.85 });
  units.push(
    (await buildRiskUnit(t.db, plant.id, object.id, { currentLevel: 'major', lat: 31.951, lng: 118.851 })).id,
    (await buildRiskUnit(t.db, plant.id, object.id, { currentLevel: 'significant' })).id,
    (await buildRiskUnit(t.db, plant.id, object.id)).id,
  );
  const bare = await buildRiskObject(t.db, plant.id, { name: '无坐标对象', kind: 'area' });
  units.push((await buildRiskUnit(t.db, plant.id, bare.id)).id);
  foreignUnit = (await buildRiskUnit(t.db, other.id, (await buildRiskObject(t.db, other.id)).id)).id;
});

const url = (path = '') => `/api/v1/enterprises/${plant.id}/risk-site-plans${path}`;
const create = (s: Session, payload: object) =>
  t.app.inject({ method: 'POST', url: url(), headers: s.headers, payload });
const place = (s: Session, planId: string, placements: object[]) =>
  t.app.inject({
    method: 'PUT',
    url: url(`/${planId}/placements`),
    headers: s.headers,
    payload: { placements },
  });

describe('site plans (四色分布图)', () => {
  let planId: string;

  it('creates a plan on the enterprise’s own image', async () => {
    const res = await create(manager, { name: '厂区总平面图', fileId: image, width: 2000, height: 1200 });
    expect(res.statusCode).toBe(201);
    planId = res.json().data.id;
    expect(res.json().data).toMatchObject({
      name: '厂区总平面图',
      fileUrl: `/api/v1/files/${image}`,
      placementCount: 0,
    });
    expect(res.json().abilities).toEqual({ canEdit: true });
  });

  it.each([
    ['a PDF', () => pdf],
    ['another enterprise’s image', () => foreignImage],
    ['a missing file', () => randomUUID()],
  ])('refuses %s naming body.fileId', async (_what, fileId) => {
    const res = await create(manager, { name: '图', fileId: fileId(), width: 10, height: 10 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('body.fileId');
  });

  it('draws units in their current level’s color with a legend', async () => {
    const res = await place(manager, planId, [
      {
        unitId: units[0],
        geometry: {
          type: 'polygon',
          points: [
            [0.1, 0.1],
            [0.3, 0.1],
            [0.3, 0.4],
          ],
        },
      },
      { unitId: units[1], geometry: { type: 'point', x: 0.5, y: 0.5 } },
      { unitId: units[2], geometry: { type: 'point', x: 1, y: 0 } },
    ]);
    expect(res.statusCode).toBe(200);
    const plan = res.json().data;
    expect(
      plan.placements.map((p: { color: string | null; colorHex: string | null }) => [p.color, p.colorHex]),
    ).toEqual([
      ['red', '#FD0314'],
      ['orange', '#FC5D07'],
      [null, null],
    ]);
    expect(plan.legend.map((l: { labelZh: string; count: number }) => [l.labelZh, l.count])).toEqual([
      ['重大风险', 1],
      ['较大风险', 1],
      ['一般风险', 0],
      ['低风险', 0],
      ['未评估', 1],
    ]);
    // The color follows the register: a re-assessed unit is redrawn, never repainted by hand.
    await t.db
      .updateTable('riskUnits')
      .set({ currentLevel: 'general' })
      .where('id', '=', units[0] ?? '')
      .execute();
    const again = await t.app.inject({ method: 'GET', url: url(`/${planId}`), headers: worker.headers });
    expect(again.json().data.placements[0].color).toBe('yellow');
    expect(again.json().abilities.canEdit).toBe(false);
    const list = await t.app.inject({ method: 'GET', url: url(), headers: worker.headers });
    expect(list.json().data).toEqual([expect.objectContaining({ id: planId, placementCount: 3 })]);
  });

  it('geo-references the plan from control points and gives every zone WGS-84 coordinates', async () => {
    const georef = (s: Session, controlPoints: object[]) =>
      t.app.inject({
        method: 'PUT',
        url: url(`/${planId}/geo-reference`),
        headers: s.headers,
        payload: { controlPoints },
      });
    const before = await t.app.inject({ method: 'GET', url: url(`/${planId}`), headers: worker.headers });
    expect(before.json().data.geoReference).toBeNull();
    expect(before.json().data.placements[0].wgs84).toBeNull();

    // Two corners of the plan, north up: the plan spans 0.01° of longitude and 0.006° of latitude.
    const corners = [
      { x: 0, y: 0, lat: 31.956, lng: 118.85 },
      { x: 1, y: 1, lat: 31.95, lng: 118.86 },
    ];
    const res = await georef(manager, corners);
    expect(res.statusCode).toBe(200);
    const plan = res.json().data;
    expect(plan.geoReference).toMatchObject({ method: 'similarity', controlPoints: corners });
    expect(plan.geoReference.rmsMetres).toBeLessThan(0.01);
    const point = plan.placements.find((p: { unitId: string }) => p.unitId === units[1]);
    expect(point.wgs84.type).toBe('Point');
    expect(point.wgs84.coordinates[0]).toBeCloseTo(118.855, 4);
    expect(point.wgs84.coordinates[1]).toBeCloseTo(31.953, 4);
    const polygon = plan.placements.find((p: { unitId: string }) => p.unitId === units[0]).wgs84;
    expect(polygon.type).toBe('Polygon');
    expect(polygon.coordinates[0]).toHaveLength(4); // closed ring
    expect(polygon.coordinates[0][0]).toEqual(polygon.coordinates[0][3]);

    const audit = await t.db
      .selectFrom('auditEvents')
      .select(['after'])
      .where('action', '=', 'risk.site-plan-geo-referenced')
      .where('entityId', '=', planId)
      .executeTakeFirstOrThrow();
    expect(audit.after).toEqual({ controlPoints: corners });

    const same = await georef(manager, [corners[0]!, { ...corners[0]!, x: 0.5 }]);
    expect(same.statusCode).toBe(400);
    expect(same.json().error.field).toBe('body.controlPoints');
    expect((await georef(manager, [corners[0]!])).json().error.field).toBe('body.controlPoints');
    expect((await georef(manager, [{ ...corners[0]!, lat: 91 }, corners[1]!])).json().error.field).toBe(
      'body.controlPoints.0.lat',
    );
    expect((await georef(worker, corners)).statusCode).toBe(403);
    expect((await georef(outsider, corners)).statusCode).toBe(404);
    // An empty list removes the geo-reference again.
    expect((await georef(manager, [])).json().data.geoReference).toBeNull();
    await georef(manager, corners);
  });

  it('keeps a review date per zone', async () => {
    const current = (
      await t.app.inject({ method: 'GET', url: url(`/${planId}`), headers: worker.headers })
    ).json().data.placements as { unitId: string; geometry: object }[];
    const res = await place(
      manager,
      planId,
      current.map((p, i) => ({
        unitId: p.unitId,
        geometry: p.geometry,
        reviewedOn: i === 0 ? '2026-11-20' : null,
      })),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().data.placements.map((p: { reviewedOn: string | null }) => p.reviewedOn)).toEqual([
      '2026-11-20',
      null,
      null,
    ]);
    const bad = await place(manager, planId, [{ ...current[0], reviewedOn: '2026-13-01' }]);
    expect(bad.json().error.field).toBe('body.placements.0.reviewedOn');
  });

  it.each([
    [
      [
        {
          unitId: 'u0',
          geometry: {
            type: 'polygon',
            points: [
              [0.1, 0.1],
              [1.2, 0.1],
              [0.3, 0.4],
            ],
          },
        },
      ],
      'body.placements.0.geometry.points.1',
    ],
    [
      [
        {
          unitId: 'u0',
          geometry: {
            type: 'polygon',
            points: [
              [0.1, 0.1],
              [0.2, 0.2],
            ],
          },
        },
      ],
      'body.placements.0.geometry.points',
    ],
    [[{ unitId: 'u0', geometry: { type: 'point', x: 0.5, y: -0.1 } }], 'body.placements.0.geometry.y'],
    [
      [
        { unitId: 'u0', geometry: { type: 'point', x: 0.5, y: 0.5 } },
        { unitId: 'u0', geometry: { type: 'point', x: 0.5, y: 0.5 } },
      ],
      'body.placements.1.unitId',
    ],
    [[{ unitId: 'foreign', geometry: { type: 'point', x: 0.5, y: 0.5 } }], 'body.placements.0.unitId'],
  ])('rejects bad placements naming the field %#', async (placements, field) => {
    const withIds = placements.map((p) => ({
      ...p,
      unitId: p.unitId === 'foreign' ? foreignUnit : units[0],
    }));
    const res = await place(manager, planId, withIds);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
  });

  it('gives map points from the unit, else its object, else the enterprise', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${plant.id}/risk-map/points`,
      headers: worker.headers,
    });
    const points = res.json().data;
    expect(points.find((p: { unitId: string }) => p.unitId === units[0])).toMatchObject({
      lat: 31.951,
      positionSource: 'unit',
      color: 'yellow',
    });
    expect(points.find((p: { unitId: string }) => p.unitId === units[1])).toMatchObject({
      lat: 31.95,
      positionSource: 'object',
    });
    expect(points.find((p: { unitId: string }) => p.unitId === units[3])).toMatchObject({
      lat: 31.9,
      positionSource: 'enterprise',
      level: null,
    });
  });

  it('keeps outsiders out and writers only', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: url(`/${planId}`), headers: outsider.headers })).statusCode,
    ).toBe(404);
    expect((await place(outsider, planId, [])).statusCode).toBe(404);
    const denied = await place(worker, planId, []);
    expect(denied.statusCode).toBe(403);
    expect((await create(worker, { name: '图', fileId: image, width: 10, height: 10 })).statusCode).toBe(403);
    const foreignPlan = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${other.id}/risk-map/points`,
      headers: manager.headers,
    });
    expect(foreignPlan.statusCode).toBe(404);
  });

  it('deletes a plan with its drawing, audited', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: url(`/${planId}`), headers: manager.headers });
    expect(res.statusCode).toBe(204);
    expect(
      (await t.app.inject({ method: 'GET', url: url(`/${planId}`), headers: manager.headers })).statusCode,
    ).toBe(404);
    const placements = await t.db
      .selectFrom('riskUnitPlacements')
      .select('unitId')
      .where('planId', '=', planId)
      .execute();
    expect(placements).toEqual([]);
    const actions = await t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityId', '=', planId)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'risk.site-plan-created',
      'risk.site-plan-placements-replaced',
      'risk.site-plan-geo-referenced',
      'risk.site-plan-geo-referenced',
      'risk.site-plan-geo-referenced',
      'risk.site-plan-placements-replaced',
      'risk.site-plan-deleted',
    ]);
  });
});
