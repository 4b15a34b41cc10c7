/**
 * A local equirectangular projection in kilometres around a reference point: good to well under a
 * percent across a county, needs no tiles and no library. x grows east, y grows south (as on screen).
 */
export type Projection = { lng0: number; lat0: number; kx: number; ky: number };

const KM_PER_DEGREE_LAT = 110.574;
const KM_PER_DEGREE_LNG_EQUATOR = 111.32;

export function projectionAround(lng0: number, lat0: number): Projection {
  return {
    lng0,
    lat0,
    kx: KM_PER_DEGREE_LNG_EQUATOR * Math.cos((lat0 * Math.PI) / 180),
    ky: KM_PER_DEGREE_LAT,
  };
}

export function project(p: Projection, lng: number, lat: number): [number, number] {
  return [(lng - p.lng0) * p.kx, -(lat - p.lat0) * p.ky];
}

export function unproject(p: Projection, x: number, y: number): [number, number] {
  return [p.lng0 + x / p.kx, p.lat0 - y / p.ky];
}

/** The bounding box of [lng, lat] positions; null when there are none. */
export function lngLatBounds(
  positions: Iterable<readonly [number, number]>,
): { minLng: number; minLat: number; maxLng: number; maxLat: number } | null {
  let minLng = Infinity;
  let minLat = Infinity;
  let maxLng = -Infinity;
  let maxLat = -Infinity;
  for (const [lng, lat] of positions) {
    if (lng < minLng) minLng = lng;
    if (lng > maxLng) maxLng = lng;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  return Number.isFinite(minLng) ? { minLng, minLat, maxLng, maxLat } : null;
}
