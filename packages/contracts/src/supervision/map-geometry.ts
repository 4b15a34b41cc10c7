// Plane geometry on WGS-84 degrees for the regional map: small areas (a township), so degrees are
// treated as plane coordinates, which is how the map draws them too.
import type { LngLat } from './map.ts';

function onSegment([px, py]: LngLat, [ax, ay]: LngLat, [bx, by]: LngLat): boolean {
  const cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  if (Math.abs(cross) > 1e-12) return false;
  return px >= Math.min(ax, bx) && px <= Math.max(ax, bx) && py >= Math.min(ay, by) && py <= Math.max(ay, by);
}

/**
 * Whether a point lies in a (multi)polygon — polygons of rings, each polygon an outer ring and
 * its holes. Even–odd crossings over a polygon's rings, so a point in a hole is outside; a point on
 * any edge counts as inside (a place on the boundary line belongs to the township).
 */
export function polygonsContain(
  polygons: readonly (readonly (readonly LngLat[])[])[],
  point: LngLat,
): boolean {
  const [px, py] = point;
  for (const rings of polygons) {
    let inside = false;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[i]!;
        const b = ring[j]!;
        if (onSegment(point, a, b)) return true;
        if (a[1] > py !== b[1] > py && px < ((b[0] - a[0]) * (py - a[1])) / (b[1] - a[1]) + a[0])
          inside = !inside;
      }
    }
    if (inside) return true;
  }
  return false;
}

/** The first of the places whose boundary contains the point (the township under a click). */
export function placeAt<T extends { polygons: readonly (readonly (readonly LngLat[])[])[] }>(
  places: readonly T[],
  point: LngLat,
): T | undefined {
  return places.find((p) => polygonsContain(p.polygons, point));
}
