import type { PlacementGeometry } from '@shuangkong/contracts';

export type Point = readonly [number, number];
export type Rect = { left: number; top: number; width: number; height: number };

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
/** Five decimals: a tenth of a pixel on a 10 000 px scan, and short JSON. */
const round = (v: number) => Math.round(v * 100_000) / 100_000;

/**
 * A click at client coordinates as a fraction (0..1) of the displayed plan. The plan is stored in
 * fractions so a sharper scan of the same site keeps every drawing in place.
 */
export function toFraction(clientX: number, clientY: number, rect: Rect): Point {
  if (rect.width <= 0 || rect.height <= 0) return [0, 0];
  return [
    round(clamp01((clientX - rect.left) / rect.width)),
    round(clamp01((clientY - rect.top) / rect.height)),
  ];
}

/** SVG `points` for a polygon in the plan's pixel viewBox (width × height). */
export function svgPoints(points: readonly Point[], width: number, height: number): string {
  return points.map(([x, y]) => `${round(x * width)},${round(y * height)}`).join(' ');
}

/** Where to put a label: the area centroid of a polygon, the mean of points for degenerate ones. */
export function centroid(points: readonly Point[]): Point {
  if (points.length === 0) return [0, 0];
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < points.length; i += 1) {
    const [x0, y0] = points[i] ?? [0, 0];
    const [x1, y1] = points[(i + 1) % points.length] ?? [0, 0];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (Math.abs(area) < 1e-12) {
    const sx = points.reduce((s, p) => s + p[0], 0);
    const sy = points.reduce((s, p) => s + p[1], 0);
    return [sx / points.length, sy / points.length];
  }
  return [cx / (3 * area), cy / (3 * area)];
}

/** Where a placement's label goes, in fractions. */
export function anchorOf(geometry: PlacementGeometry): Point {
  return geometry.type === 'point'
    ? [geometry.x, geometry.y]
    : centroid(geometry.points.map(([x, y]) => [x, y] as const));
}

/**
 * Closes a drawing into a polygon. A double-click also fires two clicks, so repeated trailing
 * points (closer than `epsilon`) are dropped first; fewer than three distinct points is no area.
 */
export function closePolygon(points: readonly Point[], epsilon = 0.002): PlacementGeometry | null {
  const distinct: Point[] = [];
  for (const p of points) {
    const last = distinct[distinct.length - 1];
    if (last && Math.abs(last[0] - p[0]) < epsilon && Math.abs(last[1] - p[1]) < epsilon) continue;
    distinct.push(p);
  }
  const first = distinct[0];
  const last = distinct[distinct.length - 1];
  if (
    distinct.length > 1 &&
    first &&
    last &&
    Math.abs(first[0] - last[0]) < epsilon &&
    Math.abs(first[1] - last[1]) < epsilon
  ) {
    distinct.pop();
  }
  if (distinct.length < 3) return null;
  return { type: 'polygon', points: distinct.map(([x, y]) => [x, y] as [number, number]) };
}

/** A point placement at a fraction. */
export function pointAt([x, y]: Point): PlacementGeometry {
  return { type: 'point', x, y };
}
