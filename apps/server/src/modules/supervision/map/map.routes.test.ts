import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegulator, buildUser, PLACES } from '../../../../test/factories.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';
import { loginAs, type Session } from '../../../../test/test-app.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let admin: Session;
let adminOut: Session;
let insideId: string;
let outsideId: string;
let townshipRegulatorId: string;

const square = (x: number, y: number, d: number) => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y],
];
const feature = (code: string, ring: number[][]) => ({
  type: 'Feature',
  properties: { code, name: code },
  geometry: { type: 'Polygon', coordinates: [ring] },
});
const countySet = {
  type: 'FeatureCollection',
  features: [
    feature(PLACES.county, square(118.6, 31.7, 0.4)),
    feature(PLACES.townA, square(118.6, 31.7, 0.2)),
    feature(PLACES.townB, square(118.8, 31.7, 0.2)),
  ],
};

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  const regulators = await w.t.db
    .selectFrom('users')
    .select(['regulatorId'])
    .where('regulatorId', 'is not', null)
    .execute();
  const ids = [...new Set(regulators.map((r) => r.regulatorId as string))];
  const rows = await w.t.db
    .selectFrom('regulators')
    .select(['id', 'jurisdictionCode'])
    .where('id', 'in', ids)
    .execute();
  insideId = rows.find((r) => r.jurisdictionCode === PLACES.county)?.id ?? '';
  outsideId = rows.find((r) => r.jurisdictionCode === PLACES.otherCounty)?.id ?? '';
  townshipRegulatorId = (await buildRegulator(w.t.db, { kind: 'township', jurisdictionCode: PLACES.townB }))
    .id;
  admin = await loginAs(
    w.t.app,
    (await buildUser(w.t.db, { roles: ['regulatorAdmin'], regulatorId: insideId })).username,
  );
  adminOut = await loginAs(
    w.t.app,
    (await buildUser(w.t.db, { roles: ['regulatorAdmin'], regulatorId: outsideId })).username,
  );
  // Both test enterprises lie in townA; give them places on the map and the first a register.
  await w.t.db.updateTable('enterprises').set({ lat: 31.8, lng: 118.7 }).where('id', '=', w.ent.id).execute();
  await w.t.db
    .updateTable('enterprises')
    .set({ lat: 31.81, lng: 118.71 })
    .where('id', '=', w.other.id)
    .execute();
  const objectId = randomUUID();
  await w.t.db
    .insertInto('riskObjects')
    .values({
      enterpriseId: w.ent.id,
      id: objectId,
      code: 'O1',
      name: '罐区',
      kind: 'area',
      lat: null,
      lng: null,
    })
    .execute();
  const unit = (code: string, status: 'approved' | 'draft', level: 'significant' | 'major' | 'general') => ({
    enterpriseId: w.ent.id,
    id: randomUUID(),
    objectId,
    code,
    name: code,
    responsibleUnitId: null,
    responsibleUserId: null,
    controlTier: null,
    controlUnitId: null,
    controlUserId: null,
    status,
    inherentLevel: level,
    residualLevel: level,
    currentLevel: level,
    outOfControlReason: null,
    reassessmentReason: null,
    lastAssessedAt: null,
    lat: null,
    lng: null,
    archivedAt: null,
    archivedBy: null,
    archivedByName: null,
  });
  await w.t.db
    .insertInto('riskUnits')
    .values([
      unit('U1', 'approved', 'general'),
      unit('U2', 'approved', 'significant'),
      unit('U3', 'draft', 'major'),
    ])
    .execute();
});
afterAll(async () => {
  await w.t.app.close();
});

describe('boundaries', () => {
  it('a regulatorAdmin replaces its jurisdiction’s set; it is audited and read back', async () => {
    const first = await req(admin, 'PUT', '/supervision/map/boundaries', countySet);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().data).toEqual({ stored: 3, replaced: 0 });
    const again = await req(admin, 'PUT', '/supervision/map/boundaries', {
      type: 'FeatureCollection',
      features: countySet.features.slice(0, 2),
    });
    expect(again.json().data).toEqual({ stored: 2, replaced: 3 });
    const read = await req(w.regulatorIn, 'GET', '/supervision/map/boundaries');
    expect(read.statusCode).toBe(200);
    expect(read.json().data.boundaries.map((b: { code: string }) => b.code)).toEqual([
      PLACES.county,
      PLACES.townA,
    ]);
    expect(read.json().data.mayUpload).toBe(false);
    const audit = await w.t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('action', '=', 'supervision.boundaries-replaced')
      .execute();
    expect(audit).toHaveLength(2);
    await req(admin, 'PUT', '/supervision/map/boundaries', countySet);
  });

  it('refuses a bad file with field errors and keeps the stored set', async () => {
    const bad = {
      type: 'FeatureCollection',
      features: [
        feature(PLACES.townA, square(118.6, 31.7, 0.2).slice(0, 4)),
        feature(PLACES.otherTown, square(1, 1, 1)),
      ],
    };
    const res = await req(admin, 'PUT', '/supervision/map/boundaries', bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().error ?? res.json()).toMatchObject({ code: 'SUPERVISION_BOUNDARY_INVALID' });
    expect(res.body).toContain('body.features[0].geometry.coordinates[0]');
    expect(res.body).toContain('codeOutOfRemit');
    const read = await req(admin, 'GET', '/supervision/map/boundaries');
    expect(read.json().data.boundaries).toHaveLength(3);
  });

  it('an inspector may not upload; an out-of-county admin sees none of the county and may not name it', async () => {
    expect((await req(w.regulatorIn, 'PUT', '/supervision/map/boundaries', countySet)).statusCode).toBe(403);
    expect((await req(adminOut, 'GET', '/supervision/map/boundaries')).json().data.boundaries).toEqual([]);
    const res = await req(adminOut, 'PUT', '/supervision/map/boundaries', countySet);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('codeOutOfRemit');
    const named = await req(adminOut, 'PUT', `/supervision/map/boundaries?root=${PLACES.county}`, countySet);
    expect(named.statusCode).toBe(403);
    expect(named.json().error?.code ?? named.json().code).toBe('SUPERVISION_BOUNDARY_ROOT_OUT_OF_REMIT');
  });
});

describe('map data', () => {
  it('shows the enterprises in remit in the colour of their overall level (分级监管)', async () => {
    const res = await req(w.regulatorIn, 'GET', '/supervision/map/data');
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json().data;
    const i = data.enterprises.ids.indexOf(w.ent.id);
    expect(i).toBeGreaterThanOrEqual(0);
    // The overall level as risk's enterpriseLevel() and 分级监管 state it: every live unit counts,
    // the major one still in draft too (a risk the enterprise has found is a risk, approved or not).
    expect(data.enterprises.level[i]).toBe(4);
    const j = data.enterprises.ids.indexOf(w.other.id);
    expect(data.enterprises.level[j]).toBe(0);
    expect(data.enterprises.lng[i]).toBe(118.7);
    expect(data.townships[data.enterprises.township[i]].code).toBe(PLACES.townA);
    expect(data.boundaries.length).toBe(3);
  });

  it('gives an out-of-remit regulator no points, no boundaries of the county; enterprises 403', async () => {
    const res = await req(w.regulatorOut, 'GET', '/supervision/map/data');
    expect(res.statusCode).toBe(200);
    expect(res.json().data.enterprises.ids).toEqual([]);
    expect(res.json().data.boundaries).toEqual([]);
    expect((await req(w.manager, 'GET', '/supervision/map/data')).statusCode).toBe(403);
  });
});

describe('public-area risks', () => {
  const input = () => ({
    name: '青溪河城区段堤防',
    category: 'riverEmbankment',
    description: '汛期水位高，堤身渗漏',
    jurisdictionCode: PLACES.townB,
    ownerRegulatorId: townshipRegulatorId,
    responsibleUnit: '白石镇水利站',
    responsiblePerson: '李明',
    responsiblePhone: '0551-1234567',
    geometry: {
      type: 'Polygon',
      coordinates: [square(118.82, 31.72, 0.01)],
    },
    accidentTypes: ['06', '010'],
    assessment: { method: 'lec', inputs: { l: 6, e: 3, c: 15 } },
    measures: '汛期24小时巡堤',
  });

  it('are created with the engine’s level, shown on the map, and hidden from outsiders', async () => {
    const res = await req(w.regulatorIn, 'POST', '/supervision/public-risks', input());
    expect(res.statusCode, res.body).toBe(201);
    const risk = res.json().data;
    expect(risk.level).toBe('significant');
    expect(risk.assessment).toMatchObject({ method: 'lec', score: 270, level: 'significant' });
    expect(risk.history).toHaveLength(1);
    expect(risk.abilities).toEqual({ edit: true, retire: true });
    const map = (await req(w.regulatorIn, 'GET', '/supervision/map/data')).json().data;
    expect(map.publicRisks.map((p: { id: string }) => p.id)).toContain(risk.id);
    for (const s of [w.regulatorOut, w.manager]) {
      expect((await req(s, 'GET', `/supervision/public-risks/${risk.id}`)).statusCode).toBe(404);
      expect(
        (await req(s, 'PUT', `/supervision/public-risks/${risk.id}`, { ...input(), version: 1 })).statusCode,
      ).toBe(404);
      expect(
        (await req(s, 'POST', `/supervision/public-risks/${risk.id}/retire`, { reason: 'x', version: 1 }))
          .statusCode,
      ).toBe(404);
    }
    expect((await req(w.regulatorOut, 'GET', '/supervision/public-risks')).json().data).toEqual([]);
    expect((await req(w.regulatorOut, 'GET', '/supervision/map/data')).json().data.publicRisks).toEqual([]);
  });

  it('re-assessed on edit (the level follows), stale versions refused, retired with a reason and off the map', async () => {
    const id = (await req(w.regulatorIn, 'POST', '/supervision/public-risks', input())).json().data.id;
    const stale = await req(w.regulatorIn, 'PUT', `/supervision/public-risks/${id}`, {
      ...input(),
      version: 9,
    });
    expect(stale.statusCode).toBe(409);
    const edit = await req(w.regulatorIn, 'PUT', `/supervision/public-risks/${id}`, {
      ...input(),
      assessment: { method: 'ls', inputs: { l: 5, s: 5 } },
      version: 1,
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json().data).toMatchObject({ level: 'major', version: 2, method: 'ls' });
    expect(edit.json().data.history[0]).toMatchObject({ action: 'updated', level: 'major' });
    const noReason = await req(w.regulatorIn, 'POST', `/supervision/public-risks/${id}/retire`, {
      reason: ' ',
      version: 2,
    });
    expect(noReason.statusCode).toBe(400);
    const retired = await req(w.regulatorIn, 'POST', `/supervision/public-risks/${id}/retire`, {
      reason: '堤防加固完成',
      version: 2,
    });
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json().data).toMatchObject({ status: 'retired', retireReason: '堤防加固完成' });
    expect(retired.json().data.abilities).toEqual({ edit: false, retire: false });
    const map = (await req(w.regulatorIn, 'GET', '/supervision/map/data')).json().data;
    expect(map.publicRisks.map((p: { id: string }) => p.id)).not.toContain(id);
    const again = await req(w.regulatorIn, 'PUT', `/supervision/public-risks/${id}`, {
      ...input(),
      version: 3,
    });
    expect(again.statusCode).toBe(409);
    const row = await w.t.db.selectFrom('supervisionPublicRisks').select('id').where('id', '=', id).execute();
    expect(row).toHaveLength(1);
  });

  it('refuses bad factors, places and owners outside the remit, an owner elsewhere, and open rings', async () => {
    const bad = await req(w.regulatorIn, 'POST', '/supervision/public-risks', {
      ...input(),
      assessment: { method: 'lec', inputs: { l: 6, e: 4, c: 15 } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error?.field ?? bad.json().field).toBe('body.assessment.inputs.e');
    const place = await req(w.regulatorIn, 'POST', '/supervision/public-risks', {
      ...input(),
      jurisdictionCode: PLACES.otherTown,
    });
    expect(place.body).toContain('SUPERVISION_PLACE_OUT_OF_REMIT');
    const owner = await req(w.regulatorIn, 'POST', '/supervision/public-risks', {
      ...input(),
      ownerRegulatorId: outsideId,
    });
    expect(owner.body).toContain('SUPERVISION_OWNER_OUT_OF_REMIT');
    const elsewhere = await req(w.regulatorIn, 'POST', '/supervision/public-risks', {
      ...input(),
      jurisdictionCode: PLACES.townA,
    });
    expect(elsewhere.body).toContain('SUPERVISION_OWNER_ELSEWHERE');
    // A place on the map in 青溪镇 (townA) named as 白石镇 (townB): outside its boundary.
    const outside = await req(w.regulatorIn, 'POST', '/supervision/public-risks', {
      ...input(),
      geometry: { type: 'Point', coordinates: [118.7, 31.8] },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error).toMatchObject({
      code: 'SUPERVISION_PUBLIC_RISK_OUTSIDE_PLACE',
      field: 'body.geometry',
    });
    const ring = square(118.82, 31.72, 0.01)
      .slice(0, 4)
      .concat([[118.9, 31.9]]);
    const open = await req(w.regulatorIn, 'POST', '/supervision/public-risks', {
      ...input(),
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
    expect(open.statusCode).toBe(400);
    expect(open.body).toContain('body.geometry.coordinates[0]');
    expect((await req(w.manager, 'POST', '/supervision/public-risks', input())).statusCode).toBe(403);
  });

  it('offers owners and townships within the remit only', async () => {
    const mine = (await req(w.regulatorIn, 'GET', '/supervision/public-risks/owners')).json().data;
    expect(mine.owners.map((o: { id: string }) => o.id)).toEqual(
      expect.arrayContaining([insideId, townshipRegulatorId]),
    );
    expect(mine.owners.map((o: { id: string }) => o.id)).not.toContain(outsideId);
    expect(mine.townships.map((t: { code: string }) => t.code)).toEqual([PLACES.townA, PLACES.townB]);
  });
});
