import { describe, expect, it } from 'vitest';
import { anchorOf, centroid, closePolygon, pointAt, svgPoints, toFraction } from './geometry.ts';

describe('geometry', () => {
  const rect = { left: 100, top: 50, width: 400, height: 200 };

  it('turns clicks into plan fractions, clamped to the plan', () => {
    expect(toFraction(300, 150, rect)).toEqual([0.5, 0.5]);
    expect(toFraction(100, 50, rect)).toEqual([0, 0]);
    expect(toFraction(900, -10, rect)).toEqual([1, 0]);
    expect(toFraction(1, 1, { left: 0, top: 0, width: 0, height: 0 })).toEqual([0, 0]);
    expect(toFraction(101, 51, { left: 0, top: 0, width: 3, height: 3 })[0]).toBe(1);
    expect(toFraction(1, 0, { left: 0, top: 0, width: 3, height: 3 })[0]).toBe(0.33333);
  });

  it('scales fractions to the image viewBox', () => {
    expect(
      svgPoints(
        [
          [0, 0],
          [0.5, 0.25],
          [1, 1],
        ],
        800,
        600,
      ),
    ).toBe('0,0 400,150 800,600');
  });

  it('finds a centroid', () => {
    expect(
      centroid([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ]),
    ).toEqual([0.5, 0.5]);
    expect(
      centroid([
        [0.2, 0.2],
        [0.4, 0.4],
      ]),
    ).toEqual([0.30000000000000004, 0.30000000000000004]);
    expect(anchorOf(pointAt([0.1, 0.9]))).toEqual([0.1, 0.9]);
  });

  it('closes a polygon, dropping the double-click duplicates', () => {
    const g = closePolygon([
      [0.1, 0.1],
      [0.5, 0.1],
      [0.5, 0.5],
      [0.5, 0.5],
      [0.5001, 0.5],
    ]);
    expect(g).toEqual({
      type: 'polygon',
      points: [
        [0.1, 0.1],
        [0.5, 0.1],
        [0.5, 0.5],
      ],
    });
    expect(
      closePolygon([
        [0.1, 0.1],
        [0.2, 0.2],
        [0.2, 0.2],
      ]),
    ).toBeNull();
    expect(
      closePolygon([
        [0.1, 0.1],
        [0.5, 0.1],
        [0.5, 0.5],
        [0.1, 0.1],
      ])?.type,
    ).toBe('polygon');
  });
});
