import { describe, expect, it } from 'vitest';
import { demoCounty, townshipOf } from '../demo-county/index.ts';
import { demoBoundaryCollection } from './demo-boundaries.ts';

function inside([x, y]: [number, number], ring: [number, number][]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

describe('the demo county’s synthetic boundaries', () => {
  const collection = demoBoundaryCollection();

  it('are the same every time, closed, the county and its nine townships', () => {
    expect(demoBoundaryCollection()).toEqual(collection);
    expect(collection.features).toHaveLength(10);
    for (const f of collection.features) {
      const ring = f.geometry.coordinates[0] ?? [];
      expect(ring.length, f.properties.name).toBeGreaterThanOrEqual(4);
      expect(ring[0]).toEqual(ring[ring.length - 1]);
    }
  });

  it('hold every demo enterprise in its own township and in the county', () => {
    const ring = (code: string) =>
      collection.features.find((f) => f.properties.code === code)?.geometry.coordinates[0] ?? [];
    const county = ring('990102');
    for (const e of demoCounty.enterprises) {
      const p: [number, number] = [e.location.lng, e.location.lat];
      expect(inside(p, county), e.key).toBe(true);
      expect(inside(p, ring(townshipOf(e.jurisdictionCode))), e.key).toBe(true);
    }
  });
});
