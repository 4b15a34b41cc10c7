import { describe, expect, it } from 'vitest';
import { GridIndex } from './grid-index.ts';
import { insideRings, ringCentroid } from './map-renderer.ts';
import { project, projectionAround, unproject } from './projection.ts';

function brute(
  xs: Float64Array,
  ys: Float64Array,
  x: number,
  y: number,
  r: number,
  ok: (i: number) => boolean,
) {
  let best = -1;
  let bestD = r * r;
  for (let i = 0; i < xs.length; i++) {
    const d = ((xs[i] as number) - x) ** 2 + ((ys[i] as number) - y) ** 2;
    if (d <= bestD && ok(i)) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

describe('GridIndex', () => {
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const n = 5000;
  const xs = Float64Array.from({ length: n }, () => rnd() * 30 - 15);
  const ys = Float64Array.from({ length: n }, () => rnd() * 20 - 10);
  const grid = new GridIndex(xs, ys);

  it('finds the same nearest point as a full scan, for many probes and radii', () => {
    for (let k = 0; k < 500; k++) {
      const x = rnd() * 34 - 17;
      const y = rnd() * 24 - 12;
      const r = [0.05, 0.2, 1][k % 3] as number;
      const ok = (i: number) => i % 3 !== 0;
      const a = grid.nearest(x, y, r, ok);
      const b = brute(xs, ys, x, y, r, ok);
      if (a !== b) {
        // Ties at equal distance may pick either; the distances must agree.
        const d = (i: number) => ((xs[i] as number) - x) ** 2 + ((ys[i] as number) - y) ** 2;
        expect(a >= 0 && b >= 0 && d(a) === d(b), `probe ${k}`).toBe(true);
      }
    }
  });

  it('returns -1 with no point in reach, and on an empty index', () => {
    expect(grid.nearest(100, 100, 1)).toBe(-1);
    expect(new GridIndex(new Float64Array(0), new Float64Array(0)).nearest(0, 0, 1)).toBe(-1);
  });

  it('skips points the filter hides', () => {
    const one = new GridIndex(Float64Array.from([0, 0.5]), Float64Array.from([0, 0]));
    expect(one.nearest(0.1, 0, 1)).toBe(0);
    expect(one.nearest(0.1, 0, 1, (i) => i !== 0)).toBe(1);
  });
});

describe('geometry helpers', () => {
  const square: [number, number][] = [
    [0, 0],
    [4, 0],
    [4, 4],
    [0, 4],
    [0, 0],
  ];
  it('ringCentroid: area and centre of a square, either orientation', () => {
    expect(ringCentroid(square)).toEqual({ area: 16, centroid: [2, 2] });
    expect(ringCentroid([...square].reverse())).toEqual({ area: 16, centroid: [2, 2] });
  });
  it('insideRings: inside, outside, and in a hole', () => {
    const hole: [number, number][] = [
      [1, 1],
      [3, 1],
      [3, 3],
      [1, 3],
      [1, 1],
    ];
    expect(insideRings(0.5, 0.5, [square])).toBe(true);
    expect(insideRings(5, 1, [square])).toBe(false);
    expect(insideRings(2, 2, [square, hole])).toBe(false);
    expect(insideRings(0.5, 2, [square, hole])).toBe(true);
  });
  it('project and unproject are inverse; a kilometre is about a kilometre', () => {
    const p = projectionAround(118.8, 31.9);
    const [x, y] = project(p, 118.81, 31.91);
    const [lng, lat] = unproject(p, x, y);
    expect(lng).toBeCloseTo(118.81, 9);
    expect(lat).toBeCloseTo(31.91, 9);
    expect(x).toBeCloseTo(0.945, 2); // 0.01° of longitude at 31.9° N
    expect(y).toBeCloseTo(-1.106, 2); // north is up: y decreases
  });
});
