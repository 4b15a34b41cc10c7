import { describe, expect, it } from 'vitest';
import { BOUNDARY_LIMITS } from '@shuangkong/contracts';
import { boundsCentre, validateBoundaries, type JurisdictionLookup } from './validate-boundaries.ts';

const county = '990102';
const townA = '990102001000';
const townB = '990102002000';
const elsewhere = '990103';

const places: JurisdictionLookup = {
  exists: (code) => [county, townA, townB, elsewhere].includes(code),
  inRemit: (code) => [county, townA, townB].includes(code),
};

const square = (x = 118.7, y = 31.8, d = 0.1) => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y],
];
const feature = (code: unknown, geometry: unknown, key = 'code') => ({
  type: 'Feature',
  properties: { [key]: code },
  geometry,
});
const polygon = (...rings: unknown[]) => ({ type: 'Polygon', coordinates: rings });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

function problems(input: unknown) {
  const r = validateBoundaries(input, places);
  if (r.ok) throw new Error('expected problems');
  return r.problems.map((p) => [p.field, p.code]);
}

describe('validateBoundaries accepts', () => {
  it('Polygons and MultiPolygons of known codes in the subtree, normalised to polygons of rings', () => {
    const r = validateBoundaries(
      collection(
        feature(county, polygon(square(118.6, 31.7, 0.4))),
        feature(townA, { type: 'MultiPolygon', coordinates: [[square()], [square(118.9, 31.9, 0.05)]] }),
        feature(Number(townB), polygon(square(118.8, 31.8, 0.1), square(118.82, 31.82, 0.01)), 'adcode'),
      ),
      places,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.boundaries.map((b) => b.code)).toEqual([county, townA, townB]);
    expect(r.boundaries[1]?.polygons).toHaveLength(2);
    expect(r.boundaries[2]?.polygons[0]).toHaveLength(2);
    expect(r.boundaries[2]?.positionCount).toBe(10);
  });

  it('drops altitudes and trims codes', () => {
    const ring = square().map(([x, y]) => [x, y, 12]);
    const r = validateBoundaries(collection(feature(` ${townA} `, polygon(ring))), places);
    expect(r.ok && r.boundaries[0]?.polygons[0]?.[0]?.[0]).toEqual([118.7, 31.8]);
    expect(r.ok && r.boundaries[0]?.code).toBe(townA);
  });

  it('the WGS-84 extremes themselves', () => {
    const ring = [
      [-180, -90],
      [180, -90],
      [180, 90],
      [-180, -90],
    ];
    expect(validateBoundaries(collection(feature(county, polygon(ring))), places).ok).toBe(true);
  });
});

describe('validateBoundaries refuses', () => {
  it('anything but a FeatureCollection', () => {
    for (const input of [null, [], 'x', { type: 'Feature' }, { type: 'FeatureCollection' }, { features: [] }])
      expect(problems(input)).toEqual([['body.type', 'notFeatureCollection']]);
  });

  it('an empty collection and one with too many features', () => {
    expect(problems(collection())).toEqual([['body.features', 'noFeatures']]);
    const many = Array.from({ length: BOUNDARY_LIMITS.features + 1 }, () =>
      feature(townA, polygon(square())),
    );
    expect(problems(collection(...many))).toEqual([['body.features', 'tooManyFeatures']]);
  });

  it('too many positions over all features', () => {
    const n = Math.ceil(BOUNDARY_LIMITS.positions / 2) + 1;
    const ring = [...Array.from({ length: n }, (_, i) => [118 + i * 1e-6, 31]), [118, 31]];
    ring[1] = [118.5, 31.5];
    const r = problems(collection(feature(townA, polygon(ring)), feature(townB, polygon(ring))));
    expect(r).toEqual([['body.features', 'tooManyPositions']]);
  });

  it('an element that is not a Feature', () => {
    expect(problems(collection({ type: 'Point' }, feature(townA, polygon(square()))))).toEqual([
      ['body.features[0]', 'notFeature'],
    ]);
  });

  it('a missing, unknown, out-of-remit or repeated code', () => {
    expect(
      problems(
        collection(
          feature(undefined, polygon(square())),
          { type: 'Feature', properties: null, geometry: polygon(square()) },
          feature('', polygon(square())),
          feature(1.5, polygon(square())),
          feature('123456', polygon(square())),
          feature(elsewhere, polygon(square())),
          feature(townA, polygon(square())),
          feature(townA, polygon(square())),
        ),
      ),
    ).toEqual([
      ['body.features[0].properties.code', 'codeMissing'],
      ['body.features[1].properties.code', 'codeMissing'],
      ['body.features[2].properties.code', 'codeMissing'],
      ['body.features[3].properties.code', 'codeMissing'],
      ['body.features[4].properties.code', 'codeUnknown'],
      ['body.features[5].properties.code', 'codeOutOfRemit'],
      ['body.features[7].properties.code', 'codeDuplicate'],
    ]);
  });

  it('geometry other than Polygon or MultiPolygon, or none', () => {
    expect(
      problems(
        collection(
          feature(townA, null),
          feature(townB, { type: 'Point', coordinates: [118, 31] }),
          feature(county, { type: 'LineString', coordinates: square() }),
          {
            type: 'Feature',
            properties: { code: townA },
            geometry: { type: 'GeometryCollection', geometries: [] },
          },
        ),
      ),
    ).toEqual([
      ['body.features[0].geometry', 'geometryMissing'],
      ['body.features[1].geometry.type', 'geometryType'],
      ['body.features[2].geometry.type', 'geometryType'],
      ['body.features[3].properties.code', 'codeDuplicate'],
      ['body.features[3].geometry.type', 'geometryType'],
    ]);
  });

  it('malformed coordinates', () => {
    expect(
      problems(
        collection(
          feature(townA, { type: 'Polygon', coordinates: [] }),
          feature(townB, { type: 'Polygon' }),
          feature(county, { type: 'MultiPolygon', coordinates: [[]] }),
        ),
      ),
    ).toEqual([
      ['body.features[0].geometry.coordinates', 'coordinatesShape'],
      ['body.features[1].geometry.coordinates', 'coordinatesShape'],
      ['body.features[2].geometry.coordinates[0]', 'coordinatesShape'],
    ]);
    expect(problems(collection(feature(townA, polygon('ring'))))).toEqual([
      ['body.features[0].geometry.coordinates[0]', 'coordinatesShape'],
    ]);
  });

  it('a position that is not two or three finite numbers', () => {
    const bad = [[118], [118, 31, 0, 0], ['118', 31], [118, Number.NaN], [Infinity, 31], null];
    bad.forEach((position, i) => {
      const ring = square();
      ring[1] = position as never;
      expect(problems(collection(feature(townA, polygon(ring)))), String(i)).toEqual([
        ['body.features[0].geometry.coordinates[0][1]', 'position'],
      ]);
    });
  });

  it('longitudes and latitudes outside WGS-84 ranges, each pointed at', () => {
    const ring = square();
    ring[1] = [180.0001, 31];
    ring[2] = [118, -90.5];
    ring[3] = [-181, 91];
    expect(problems(collection(feature(townA, polygon(ring))))).toEqual([
      ['body.features[0].geometry.coordinates[0][1][0]', 'longitudeRange'],
      ['body.features[0].geometry.coordinates[0][2][1]', 'latitudeRange'],
      ['body.features[0].geometry.coordinates[0][3][0]', 'longitudeRange'],
      ['body.features[0].geometry.coordinates[0][3][1]', 'latitudeRange'],
    ]);
  });

  it('rings with fewer than four positions and rings that do not close', () => {
    const open = square().slice(0, 4);
    expect(
      problems(
        collection(
          feature(townA, polygon(square().slice(0, 3))),
          feature(townB, polygon(square(), open)),
          feature(county, { type: 'MultiPolygon', coordinates: [[square()], [open]] }),
        ),
      ),
    ).toEqual([
      ['body.features[0].geometry.coordinates[0]', 'ringTooShort'],
      ['body.features[1].geometry.coordinates[1]', 'ringNotClosed'],
      ['body.features[2].geometry.coordinates[1][0]', 'ringNotClosed'],
    ]);
  });

  it('too many rings or polygons', () => {
    const rings = Array.from({ length: BOUNDARY_LIMITS.rings + 1 }, () => square());
    expect(problems(collection(feature(townA, polygon(...rings))))).toEqual([
      ['body.features[0].geometry.coordinates', 'tooManyRings'],
    ]);
    const polys = Array.from({ length: BOUNDARY_LIMITS.rings + 1 }, () => [square()]);
    expect(problems(collection(feature(townA, { type: 'MultiPolygon', coordinates: polys })))).toEqual([
      ['body.features[0].geometry.coordinates', 'tooManyRings'],
    ]);
  });

  it('lists at most fifty problems', () => {
    const many = Array.from({ length: 80 }, () => feature('nope', polygon(square())));
    expect(problems(collection(...many))).toHaveLength(50);
  });
});

describe('boundsCentre', () => {
  it('is the centre of the bounding box of all rings', () => {
    const rings = [square(118, 31, 0.2), square(119, 32, 0.2)] as [number, number][][];
    expect(boundsCentre(rings)).toEqual([118.6, 31.6]);
  });
});
