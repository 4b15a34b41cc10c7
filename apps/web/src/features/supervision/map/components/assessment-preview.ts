import type { AssessmentTableSet, RiskLevel } from '@shuangkong/contracts';

/**
 * The level the server's engine will give these factor values under this table set, shown while
 * the form is filled in: the product of the factors, banded. The server's result is authoritative.
 */
export function previewLevel(
  set: AssessmentTableSet,
  inputs: Readonly<Record<string, number | undefined>>,
): { score: number; level: RiskLevel } | null {
  let score = 1;
  for (const f of set.factors) {
    const v = inputs[f.key];
    if (v === undefined || !f.options.some((o) => o.value === v)) return null;
    score *= v;
  }
  score = Math.round(score * 1e9) / 1e9;
  const band = set.bands.find(
    (b) =>
      (b.minInclusive ? score >= b.min : score > b.min) &&
      (b.max === null || (b.maxInclusive ? score <= b.max : score < b.max)),
  );
  return band ? { score, level: band.level } : null;
}

/** Parses "lng,lat" lines; null when any line is not a valid WGS-84 position. */
export function parseCoordinates(text: string): [number, number][] | null {
  const lines = text
    .split(/\n|;/)
    .map((l) => l.trim())
    .filter(Boolean);
  const out: [number, number][] = [];
  for (const line of lines) {
    const parts = line.split(/[,，\s]+/).filter(Boolean);
    if (parts.length !== 2) return null;
    const [lng, lat] = parts.map(Number) as [number, number];
    if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90)
      return null;
    out.push([lng, lat]);
  }
  return out;
}

export function formatCoordinates(points: readonly (readonly [number, number])[]): string {
  return points.map(([lng, lat]) => `${lng.toFixed(6)},${lat.toFixed(6)}`).join('\n');
}

/** A polygon ring from its corners, closed as GeoJSON wants. */
export function closeRing(corners: readonly (readonly [number, number])[]): [number, number][] {
  const ring = corners.map(([a, b]) => [a, b] as [number, number]);
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0], first[1]]);
  return ring;
}
