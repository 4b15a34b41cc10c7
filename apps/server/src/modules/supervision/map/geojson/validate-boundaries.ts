import { BOUNDARY_LIMITS, type LngLat } from '@shuangkong/contracts';

/** Polygons of rings of [lng, lat]: a Polygon is one element, a MultiPolygon several. */
export type Polygons = LngLat[][][];

/** Why an upload is refused; the web translates each code with its params. */
export type BoundaryProblemCode =
  | 'notFeatureCollection'
  | 'noFeatures'
  | 'tooManyFeatures'
  | 'tooManyPositions'
  | 'notFeature'
  | 'geometryMissing'
  | 'geometryType'
  | 'coordinatesShape'
  | 'tooManyRings'
  | 'position'
  | 'longitudeRange'
  | 'latitudeRange'
  | 'ringTooShort'
  | 'ringNotClosed'
  | 'codeMissing'
  | 'codeUnknown'
  | 'codeOutOfRemit'
  | 'codeDuplicate';

export type BoundaryProblem = {
  /** Where, as a request path: 'body.features[2].geometry.coordinates[0][5]'. */
  field: string;
  code: BoundaryProblemCode;
  params?: Record<string, string | number>;
};

export type ParsedBoundary = { code: string; polygons: Polygons; positionCount: number };

export type BoundaryValidation =
  { ok: true; boundaries: ParsedBoundary[] } | { ok: false; problems: BoundaryProblem[] };

/** What the validator knows of the jurisdictions: every code, and whether it lies in the uploader's subtree. */
export type JurisdictionLookup = {
  exists: (code: string) => boolean;
  inRemit: (code: string) => boolean;
};

/** More than this many problems are not listed: the first ones tell what is wrong with the file. */
const MAX_PROBLEMS = 50;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a GeoJSON FeatureCollection of jurisdiction boundaries and normalises it: every feature a
 * Polygon or MultiPolygon in WGS-84 degrees with closed rings of at least four positions, matched by
 * `properties.code` (or `adcode`, as public boundary files name it) to a known jurisdiction inside
 * the uploader's subtree, each jurisdiction once. Altitudes are dropped. Pure; all problems at once
 * (up to 50), each with the request field it concerns.
 */
export function validateBoundaries(input: unknown, jurisdictions: JurisdictionLookup): BoundaryValidation {
  const problems: BoundaryProblem[] = [];
  const add = (field: string, code: BoundaryProblemCode, params?: BoundaryProblem['params']) => {
    if (problems.length < MAX_PROBLEMS) problems.push(params ? { field, code, params } : { field, code });
  };
  if (!isRecord(input) || input.type !== 'FeatureCollection' || !Array.isArray(input.features)) {
    add('body.type', 'notFeatureCollection');
    return { ok: false, problems };
  }
  const features = input.features as unknown[];
  if (features.length === 0) {
    add('body.features', 'noFeatures');
    return { ok: false, problems };
  }
  if (features.length > BOUNDARY_LIMITS.features) {
    add('body.features', 'tooManyFeatures', { max: BOUNDARY_LIMITS.features, actual: features.length });
    return { ok: false, problems };
  }
  const boundaries: ParsedBoundary[] = [];
  const seen = new Map<string, number>();
  let positions = 0;
  features.forEach((feature, i) => {
    const at = `body.features[${i}]`;
    if (!isRecord(feature) || feature.type !== 'Feature') {
      add(at, 'notFeature');
      return;
    }
    const code = codeOf(feature.properties);
    if (code === null) add(`${at}.properties.code`, 'codeMissing');
    else if (!jurisdictions.exists(code)) add(`${at}.properties.code`, 'codeUnknown', { code });
    else if (!jurisdictions.inRemit(code)) add(`${at}.properties.code`, 'codeOutOfRemit', { code });
    else if (seen.has(code))
      add(`${at}.properties.code`, 'codeDuplicate', { code, first: seen.get(code) ?? 0 });
    else seen.set(code, i);
    const geometry = feature.geometry;
    if (!isRecord(geometry)) {
      add(`${at}.geometry`, 'geometryMissing');
      return;
    }
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      add(`${at}.geometry.type`, 'geometryType', { type: String(geometry.type) });
      return;
    }
    const raw = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const base = `${at}.geometry.coordinates`;
    if (!Array.isArray(raw) || raw.length === 0) {
      add(base, 'coordinatesShape');
      return;
    }
    if (raw.length > BOUNDARY_LIMITS.rings) {
      add(base, 'tooManyRings', { max: BOUNDARY_LIMITS.rings });
      return;
    }
    const polygons: Polygons = [];
    let count = 0;
    let broken = false;
    raw.forEach((polygon: unknown, p) => {
      const polygonAt = geometry.type === 'Polygon' ? base : `${base}[${p}]`;
      if (!Array.isArray(polygon) || polygon.length === 0) {
        add(polygonAt, 'coordinatesShape');
        broken = true;
        return;
      }
      if (polygon.length > BOUNDARY_LIMITS.rings) {
        add(polygonAt, 'tooManyRings', { max: BOUNDARY_LIMITS.rings });
        broken = true;
        return;
      }
      const rings: LngLat[][] = [];
      polygon.forEach((ring: unknown, r) => {
        const ringAt = `${polygonAt}[${r}]`;
        const parsed = parseRing(ring, ringAt, add);
        if (parsed === null) broken = true;
        else {
          rings.push(parsed);
          count += parsed.length;
        }
      });
      polygons.push(rings);
    });
    positions += count;
    if (!broken && code !== null && seen.get(code) === i)
      boundaries.push({ code, polygons, positionCount: count });
  });
  if (positions > BOUNDARY_LIMITS.positions)
    add('body.features', 'tooManyPositions', { max: BOUNDARY_LIMITS.positions, actual: positions });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, boundaries };
}

function codeOf(properties: unknown): string | null {
  if (!isRecord(properties)) return null;
  const value = properties.code ?? properties.adcode;
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return null;
}

function parseRing(
  ring: unknown,
  at: string,
  add: (field: string, code: BoundaryProblemCode, params?: BoundaryProblem['params']) => void,
): LngLat[] | null {
  if (!Array.isArray(ring)) {
    add(at, 'coordinatesShape');
    return null;
  }
  const out: LngLat[] = [];
  let ok = true;
  ring.forEach((position: unknown, k) => {
    const pAt = `${at}[${k}]`;
    if (
      !Array.isArray(position) ||
      position.length < 2 ||
      position.length > 3 ||
      !position.every((n) => typeof n === 'number' && Number.isFinite(n))
    ) {
      add(pAt, 'position');
      ok = false;
      return;
    }
    const [lng, lat] = position as number[] as [number, number];
    if (lng < -180 || lng > 180) {
      add(`${pAt}[0]`, 'longitudeRange', { value: lng });
      ok = false;
    }
    if (lat < -90 || lat > 90) {
      add(`${pAt}[1]`, 'latitudeRange', { value: lat });
      ok = false;
    }
    out.push([lng, lat]);
  });
  if (!ok) return null;
  if (out.length < 4) {
    add(at, 'ringTooShort', { actual: out.length });
    return null;
  }
  const first = out[0] as LngLat;
  const last = out[out.length - 1] as LngLat;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    add(at, 'ringNotClosed');
    return null;
  }
  return out;
}

/** The centre of a ring's bounding box: where a label or a representative point goes. */
export function boundsCentre(rings: readonly (readonly LngLat[])[]): LngLat {
  let minLng = Infinity;
  let minLat = Infinity;
  let maxLng = -Infinity;
  let maxLat = -Infinity;
  for (const ring of rings)
    for (const [lng, lat] of ring) {
      if (lng < minLng) minLng = lng;
      if (lng > maxLng) maxLng = lng;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  return [(minLng + maxLng) / 2, (minLat + maxLat) / 2];
}
