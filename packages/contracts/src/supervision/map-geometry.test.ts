import { describe, expect, it } from 'vitest';
import type { LngLat } from './map.ts';
import { placeAt, polygonsContain } from './map-geometry.ts';

const square = (x: number, y: number, size: number): LngLat[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('polygonsContain', () => {
  const outer = square(0, 0, 10);
  const hole = square(4, 4, 2);
  const withHole = [[outer, hole]];

  it('puts every point of a grid where the square and its hole say', () => {
    for (let x = -2; x <= 12; x += 0.5)
      for (let y = -2; y <= 12; y += 0.5) {
        const inOuter = x >= 0 && x <= 10 && y >= 0 && y <= 10;
        const inHoleInterior = x > 4 && x < 6 && y > 4 && y < 6;
        expect({ x, y, inside: polygonsContain(withHole, [x, y]) }).toEqual({
          x,
          y,
          inside: inOuter && !inHoleInterior,
        });
      }
  });

  it('counts the edges and corners as inside, the hole’s edge too', () => {
    for (const p of [
      [0, 5],
      [10, 10],
      [5, 0],
      [4, 5],
      [6, 6],
    ] as LngLat[])
      expect(polygonsContain(withHole, p)).toBe(true);
  });

  it('handles a concave ring and the parts of a multipolygon', () => {
    // A U shape: the notch between its arms is outside.
    const u: LngLat[] = [
      [0, 0],
      [6, 0],
      [6, 6],
      [4, 6],
      [4, 2],
      [2, 2],
      [2, 6],
      [0, 6],
      [0, 0],
    ];
    expect(polygonsContain([[u]], [1, 5])).toBe(true);
    expect(polygonsContain([[u]], [5, 5])).toBe(true);
    expect(polygonsContain([[u]], [3, 5])).toBe(false);
    const two = [[square(0, 0, 1)], [square(5, 5, 1)]];
    expect(polygonsContain(two, [5.5, 5.5])).toBe(true);
    expect(polygonsContain(two, [3, 3])).toBe(false);
    expect(polygonsContain([], [0, 0])).toBe(false);
  });
});

describe('placeAt', () => {
  it('finds the place under the point, or none', () => {
    const places = [
      { code: 'a', polygons: [[square(0, 0, 1)]] },
      { code: 'b', polygons: [[square(1, 0, 1)]] },
    ];
    expect(placeAt(places, [0.5, 0.5])?.code).toBe('a');
    expect(placeAt(places, [1.5, 0.5])?.code).toBe('b');
    expect(placeAt(places, [3, 3])).toBeUndefined();
  });
});
