// Geo-referencing a site plan: control points clicked on the plan with their WGS-84 latitude and
// longitude give a transform from plan fractions to WGS-84, so zones drawn on the plan have real
// coordinates for the regional map and the national export. Pure functions, shared by server and web.

/** A control point: where it is on the plan (fractions 0..1 of width and height) and on the earth. */
export type ControlPoint = { x: number; y: number; lat: number; lng: number };

/** A plan's size in pixels: fractions are scaled by it so one unit is the same length both ways. */
export type PlanSize = { width: number; height: number };

// WGS-84 ellipsoid.
const A = 6_378_137;
const E2 = 6.694_379_990_14e-3;
const RAD = Math.PI / 180;

/**
 * A local east/north frame in metres around an origin, from the ellipsoid's radii of curvature at the
 * origin's latitude. Across a plant (a few kilometres) it differs from a proper projection by
 * millimetres, far below what a clicked control point carries.
 */
function localFrame(lat0: number, lng0: number) {
  const s = Math.sin(lat0 * RAD);
  const w = Math.sqrt(1 - E2 * s * s);
  const meridional = (A * (1 - E2)) / (w * w * w);
  const primeVertical = A / w;
  const perDegLat = meridional * RAD;
  const perDegLng = primeVertical * Math.cos(lat0 * RAD) * RAD;
  return {
    toMetres: (lat: number, lng: number) => ({ e: (lng - lng0) * perDegLng, n: (lat - lat0) * perDegLat }),
    toDegrees: (e: number, n: number) => ({ lat: lat0 + n / perDegLat, lng: lng0 + e / perDegLng }),
  };
}

/** e = a·u + b·v + c, n = d·u + f·v + g, with u right and v up on the plan (pixels). */
type Affine = { a: number; b: number; c: number; d: number; f: number; g: number };

export type GeoReference = {
  method: 'similarity' | 'affine';
  /** Each control point's distance in metres between where it was put and where the fit puts it. */
  residualsMetres: number[];
  rmsMetres: number;
  /** Plan fractions → WGS-84. */
  toWgs84(x: number, y: number): { lat: number; lng: number };
  /** WGS-84 → plan fractions. */
  toPlan(lat: number, lng: number): { x: number; y: number };
};

export class GeoReferenceError extends Error {
  constructor(
    readonly code: 'TOO_FEW_POINTS' | 'POINTS_TOO_CLOSE' | 'POINTS_IN_LINE',
    message: string,
  ) {
    super(message);
  }
}

/** Solves a 3×3 linear system by Cramer's rule; null when it is (nearly) singular. */
function solve3(m: number[][], r: number[]): number[] | null {
  const det = (q: number[][]) =>
    q[0]![0]! * (q[1]![1]! * q[2]![2]! - q[1]![2]! * q[2]![1]!) -
    q[0]![1]! * (q[1]![0]! * q[2]![2]! - q[1]![2]! * q[2]![0]!) +
    q[0]![2]! * (q[1]![0]! * q[2]![1]! - q[1]![1]! * q[2]![0]!);
  const d = det(m);
  const scale = Math.max(...m.flat().map(Math.abs), 1);
  if (Math.abs(d) < 1e-12 * scale ** 3) return null;
  return [0, 1, 2].map((col) => det(m.map((row, i) => row.map((v, j) => (j === col ? r[i]! : v)))) / d);
}

/**
 * Fits the transform: with two points a similarity (scale, rotation, shift — a plan is not
 * stretched), with three or more an affine least-squares fit that also absorbs a scan's uneven
 * scale. The plan's y axis points down and north points up, so v = −y.
 */
export function fitGeoReference(points: readonly ControlPoint[], size: PlanSize): GeoReference {
  if (points.length < 2)
    throw new GeoReferenceError('TOO_FEW_POINTS', 'at least two control points are needed');
  const lat0 = points.reduce((s, p) => s + p.lat, 0) / points.length;
  const lng0 = points.reduce((s, p) => s + p.lng, 0) / points.length;
  const frame = localFrame(lat0, lng0);
  const pts = points.map((p) => ({
    u: p.x * size.width,
    v: -p.y * size.height,
    ...frame.toMetres(p.lat, p.lng),
  }));
  for (let i = 0; i < pts.length; i += 1) {
    for (let j = i + 1; j < pts.length; j += 1) {
      const a = pts[i]!;
      const b = pts[j]!;
      if (Math.hypot(a.u - b.u, a.v - b.v) < 1 || Math.hypot(a.e - b.e, a.n - b.n) < 1) {
        throw new GeoReferenceError(
          'POINTS_TOO_CLOSE',
          `control points ${i + 1} and ${j + 1} are too close together (on the plan or on the ground)`,
        );
      }
    }
  }

  let t: Affine;
  let method: GeoReference['method'];
  if (pts.length === 2) {
    // e = p·u − q·v + c, n = q·u + p·v + g: solved exactly from the two points' differences.
    const [a, b] = pts as [(typeof pts)[0], (typeof pts)[0]];
    const du = b.u - a.u;
    const dv = b.v - a.v;
    const de = b.e - a.e;
    const dn = b.n - a.n;
    const len2 = du * du + dv * dv;
    const p = (de * du + dn * dv) / len2;
    const q = (dn * du - de * dv) / len2;
    t = { a: p, b: -q, c: a.e - p * a.u + q * a.v, d: q, f: p, g: a.n - q * a.u - p * a.v };
    method = 'similarity';
  } else {
    // Normal equations of e = a·u + b·v + c (and likewise n), centred for conditioning.
    const mu = pts.reduce((s, p) => s + p.u, 0) / pts.length;
    const mv = pts.reduce((s, p) => s + p.v, 0) / pts.length;
    const c = pts.map((p) => ({ u: p.u - mu, v: p.v - mv, e: p.e, n: p.n }));
    const sum = (f: (p: (typeof c)[0]) => number) => c.reduce((s, p) => s + f(p), 0);
    const m = [
      [sum((p) => p.u * p.u), sum((p) => p.u * p.v), sum((p) => p.u)],
      [sum((p) => p.u * p.v), sum((p) => p.v * p.v), sum((p) => p.v)],
      [sum((p) => p.u), sum((p) => p.v), c.length],
    ];
    const ex = solve3(m, [sum((p) => p.u * p.e), sum((p) => p.v * p.e), sum((p) => p.e)]);
    const nx = solve3(m, [sum((p) => p.u * p.n), sum((p) => p.v * p.n), sum((p) => p.n)]);
    if (!ex || !nx) {
      throw new GeoReferenceError('POINTS_IN_LINE', 'three or more control points must not lie on one line');
    }
    t = {
      a: ex[0]!,
      b: ex[1]!,
      c: ex[2]! - ex[0]! * mu - ex[1]! * mv,
      d: nx[0]!,
      f: nx[1]!,
      g: nx[2]! - nx[0]! * mu - nx[1]! * mv,
    };
    method = 'affine';
  }

  const forward = (u: number, v: number) => ({ e: t.a * u + t.b * v + t.c, n: t.d * u + t.f * v + t.g });
  const det = t.a * t.f - t.b * t.d;
  const residualsMetres = pts.map((p) => {
    const fit = forward(p.u, p.v);
    return Math.hypot(fit.e - p.e, fit.n - p.n);
  });
  const rmsMetres = Math.sqrt(residualsMetres.reduce((s, r) => s + r * r, 0) / residualsMetres.length);
  return {
    method,
    residualsMetres,
    rmsMetres,
    toWgs84(x, y) {
      const { e, n } = forward(x * size.width, -y * size.height);
      return frame.toDegrees(e, n);
    },
    toPlan(lat, lng) {
      const { e, n } = frame.toMetres(lat, lng);
      const de = e - t.c;
      const dn = n - t.g;
      const u = (t.f * de - t.b * dn) / det;
      const v = (t.a * dn - t.d * de) / det;
      return { x: u / size.width, y: -v / size.height };
    },
  };
}

/** Distance in metres between two WGS-84 positions (haversine on the mean radius; for tests and display). */
export function metresBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLng = (b.lng - a.lng) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}
