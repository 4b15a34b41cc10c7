/**
 * Synthetic boundaries of 青溪县 and its townships, generated deterministically: the county is a
 * wavy closed outline around its centre, each township the part of it nearest to the township's
 * centre (a Voronoi cell clipped to the county), so every demo enterprise — placed around its
 * township's centre — lies inside its own township. Fictional like the county itself.
 */
import {
  DEMO_COUNTY_CENTER,
  DEMO_COUNTY_CODE,
  DEMO_COUNTY_NAME,
  demoTownships,
} from '../demo-county/index.ts';

type XY = [number, number];

/** Longitude degrees are shorter than latitude degrees here; work in a locally square frame. */
const K = Math.cos((DEMO_COUNTY_CENTER.lat * Math.PI) / 180);
const toXY = (lng: number, lat: number): XY => [
  (lng - DEMO_COUNTY_CENTER.lng) * K,
  lat - DEMO_COUNTY_CENTER.lat,
];
const toLngLat = ([x, y]: XY): [number, number] => [
  round6(DEMO_COUNTY_CENTER.lng + x / K),
  round6(DEMO_COUNTY_CENTER.lat + y),
];
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** The county outline: radius 0.14° (≈15 km) with two waves, sampled at 120 angles. */
function countyOutline(): XY[] {
  const n = 120;
  return Array.from({ length: n }, (_, i) => {
    const t = (2 * Math.PI * i) / n;
    const r =
      0.14 * (1 + 0.09 * Math.sin(3 * t + 0.7) + 0.05 * Math.sin(7 * t + 1.9) + 0.02 * Math.sin(13 * t));
    return [r * Math.cos(t) * 1.05, r * Math.sin(t)] as XY;
  });
}

/** Sutherland–Hodgman: the part of a polygon on the side of the line where a·p ≤ b. */
function clip(polygon: XY[], a: XY, b: number): XY[] {
  const out: XY[] = [];
  const inside = (p: XY) => a[0] * p[0] + a[1] * p[1] <= b;
  for (let i = 0; i < polygon.length; i++) {
    const p = polygon[i] as XY;
    const q = polygon[(i + 1) % polygon.length] as XY;
    const pin = inside(p);
    const qin = inside(q);
    if (pin) out.push(p);
    if (pin !== qin) {
      const fp = a[0] * p[0] + a[1] * p[1] - b;
      const fq = a[0] * q[0] + a[1] * q[1] - b;
      const s = fp / (fp - fq);
      out.push([p[0] + s * (q[0] - p[0]), p[1] + s * (q[1] - p[1])]);
    }
  }
  return out;
}

function closed(ring: XY[]): [number, number][] {
  const out = ring.map(toLngLat);
  const first = out[0] as [number, number];
  out.push([first[0], first[1]]);
  return out;
}

export type DemoBoundaryFeature = {
  type: 'Feature';
  properties: { code: string; name: string };
  geometry: { type: 'Polygon'; coordinates: [number, number][][] };
};

/** The FeatureCollection the county's admin uploads: the county and its nine townships. */
export function demoBoundaryCollection(): { type: 'FeatureCollection'; features: DemoBoundaryFeature[] } {
  const outline = countyOutline();
  const centres = demoTownships.map((t) => {
    if (!t.center) throw new Error(`township ${t.code} has no centre`);
    return toXY(t.center.lng, t.center.lat);
  });
  const townships = demoTownships.map((t, i) => {
    const c = centres[i] as XY;
    let cell = outline;
    centres.forEach((o, j) => {
      if (j === i) return;
      // Nearer to c than to o: (o − c)·p ≤ (|o|² − |c|²) / 2.
      const a: XY = [o[0] - c[0], o[1] - c[1]];
      const b = (o[0] * o[0] + o[1] * o[1] - c[0] * c[0] - c[1] * c[1]) / 2;
      cell = clip(cell, a, b);
    });
    return feature(t.code, t.name, cell);
  });
  return {
    type: 'FeatureCollection',
    features: [feature(DEMO_COUNTY_CODE, DEMO_COUNTY_NAME, outline), ...townships],
  };
}

function feature(code: string, name: string, ring: XY[]): DemoBoundaryFeature {
  return {
    type: 'Feature',
    properties: { code, name },
    geometry: { type: 'Polygon', coordinates: [closed(ring)] },
  };
}
