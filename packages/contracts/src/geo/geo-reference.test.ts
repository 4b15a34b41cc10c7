import { describe, expect, it } from 'vitest';
import { fitGeoReference, GeoReferenceError, metresBetween, type ControlPoint } from './geo-reference.ts';

// Ground truth for a plant near 南京 (32.05° N, 118.78° E): a 2,000 × 1,400 px scan at 0.5 m/px,
// turned 17° from north, placed on the WGS-84 ellipsoid by its radii of curvature.
const size = { width: 2000, height: 1400 };
const origin = { lat: 32.05, lng: 118.78 };
const a = 6378137;
const e2 = 6.69437999014e-3;
const rad = Math.PI / 180;
const s = Math.sin(origin.lat * rad);
const mRadius = (a * (1 - e2)) / (1 - e2 * s * s) ** 1.5;
const nRadius = a / Math.sqrt(1 - e2 * s * s);

function truth(x: number, y: number, scaleX = 0.5, scaleY = 0.5, turnDeg = 17) {
  const u = x * size.width * scaleX;
  const v = -y * size.height * scaleY;
  const t = turnDeg * rad;
  const east = u * Math.cos(t) - v * Math.sin(t);
  const north = u * Math.sin(t) + v * Math.cos(t);
  return {
    lat: origin.lat + north / mRadius / rad,
    lng: origin.lng + east / (nRadius * Math.cos(origin.lat * rad)) / rad,
  };
}
const cp = (x: number, y: number, f = truth): ControlPoint => ({ x, y, ...f(x, y) });

describe('geo-referencing a site plan', () => {
  it('fits two control points exactly and places every other point of the plan within a metre', () => {
    const geo = fitGeoReference([cp(0.1, 0.1), cp(0.9, 0.85)], size);
    expect(geo.method).toBe('similarity');
    expect(geo.rmsMetres).toBeLessThan(0.01);
    for (const [x, y] of [
      [0, 0],
      [1, 1],
      [0.5, 0.5],
      [0.2, 0.95],
      [1, 0],
    ] as const) {
      expect(metresBetween(geo.toWgs84(x, y), truth(x, y))).toBeLessThan(1);
    }
  });

  it('round-trips plan → WGS-84 → plan and WGS-84 → plan → WGS-84 within a metre', () => {
    const geo = fitGeoReference([cp(0.05, 0.2), cp(0.7, 0.1), cp(0.4, 0.9)], size);
    for (const [x, y] of [
      [0.3, 0.3],
      [0.99, 0.01],
      [0.5, 0.75],
    ] as const) {
      const there = geo.toWgs84(x, y);
      const back = geo.toPlan(there.lat, there.lng);
      // A fraction of the plan is 1,000 m wide and 700 m high here.
      expect(Math.hypot((back.x - x) * 1000, (back.y - y) * 700)).toBeLessThan(1);
      const ground = truth(x, y);
      const plan = geo.toPlan(ground.lat, ground.lng);
      expect(metresBetween(geo.toWgs84(plan.x, plan.y), ground)).toBeLessThan(1);
    }
  });

  it('absorbs a scan stretched unevenly with three or more points (affine), not with two', () => {
    const stretched = (x: number, y: number) => truth(x, y, 0.5, 0.53, 8);
    const points = [
      cp(0.1, 0.1, stretched),
      cp(0.9, 0.2, stretched),
      cp(0.5, 0.9, stretched),
      cp(0.2, 0.7, stretched),
    ];
    const affine = fitGeoReference(points, size);
    expect(affine.method).toBe('affine');
    expect(affine.rmsMetres).toBeLessThan(0.01);
    expect(metresBetween(affine.toWgs84(0.75, 0.6), stretched(0.75, 0.6))).toBeLessThan(1);
    const similarity = fitGeoReference(points.slice(0, 2), size);
    expect(metresBetween(similarity.toWgs84(0.5, 0.9), stretched(0.5, 0.9))).toBeGreaterThan(5);
  });

  it('reports a residual per control point, which a mistyped coordinate drives up', () => {
    const points = [cp(0.1, 0.1), cp(0.9, 0.1), cp(0.9, 0.9), cp(0.1, 0.9), cp(0.5, 0.3), cp(0.3, 0.6)];
    const good = fitGeoReference(points, size);
    expect(good.residualsMetres).toHaveLength(6);
    expect(Math.max(...good.residualsMetres)).toBeLessThan(0.01);
    const wrong = { ...points[2]!, lat: points[2]!.lat + 0.0005 }; // about 55 m north
    const bad = fitGeoReference(
      points.map((p, i) => (i === 2 ? wrong : p)),
      size,
    );
    expect(bad.rmsMetres).toBeGreaterThan(5);
  });

  it('refuses too few, coinciding or collinear points with a reason', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof GeoReferenceError ? error.code : String(error);
      }
      return null;
    };
    expect(code(() => fitGeoReference([cp(0.1, 0.1)], size))).toBe('TOO_FEW_POINTS');
    expect(code(() => fitGeoReference([cp(0.1, 0.1), cp(0.1, 0.1)], size))).toBe('POINTS_TOO_CLOSE');
    expect(code(() => fitGeoReference([cp(0.1, 0.1), { ...cp(0.8, 0.8), ...truth(0.1, 0.1) }], size))).toBe(
      'POINTS_TOO_CLOSE',
    );
    expect(code(() => fitGeoReference([cp(0.1, 0.1), cp(0.5, 0.5), cp(0.9, 0.9)], size))).toBe(
      'POINTS_IN_LINE',
    );
  });
});
