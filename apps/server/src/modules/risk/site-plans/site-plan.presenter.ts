import {
  fitGeoReference,
  placementGeometry,
  riskColorHex,
  riskLevelColor,
  riskLevelLabelZh,
  riskLevel,
  type RiskLevel,
  type RiskMapPoint,
  type SitePlan,
  type GeoReference,
  type PlacementGeometry,
  type SitePlanListItem,
  type Wgs84Geometry,
} from '@shuangkong/contracts';
import type { PlacementRow, PlanRow, UnitPositionRow } from './site-plan.repository.ts';

const decor = (level: RiskLevel | null) => {
  if (level === null) return { level, color: null, colorHex: null };
  const color = riskLevelColor[level];
  return { level, color, colorHex: riskColorHex[color] };
};

export function presentPlanListItem(row: PlanRow): SitePlanListItem {
  return {
    id: row.id,
    name: row.name,
    fileId: row.fileId,
    fileUrl: `/api/v1/files/${row.fileId}`,
    width: row.width,
    height: row.height,
    placementCount: Number(row.placementCount ?? 0),
    createdAt: row.createdAt.toISOString(),
  };
}

// Seven decimals of a degree are about a centimetre: more would only pretend.
const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

/** A zone's plan geometry in WGS-84 ([lng, lat], a closed ring for a polygon). */
export function toWgs84(geo: GeoReference, geometry: PlacementGeometry): Wgs84Geometry {
  const at = (x: number, y: number): [number, number] => {
    const p = geo.toWgs84(x, y);
    return [round7(p.lng), round7(p.lat)];
  };
  if (geometry.type === 'point') return { type: 'Point', coordinates: at(geometry.x, geometry.y) };
  const ring = geometry.points.map(([x, y]) => at(x, y));
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}

/** The plan's geo-reference fitted from its stored control points; null without (or with bad) points. */
function geoReferenceOf(row: PlanRow) {
  const points = row.controlPoints ?? [];
  if (points.length < 2) return null;
  try {
    return { points, fit: fitGeoReference(points, { width: row.width, height: row.height }) };
  } catch {
    // Points were checked when they were set; a plan whose size changed since is shown without.
    return null;
  }
}

/** The plan with every unit drawn in its current level's color and the legend's counts. */
export function presentPlan(
  row: PlanRow,
  enterpriseName: string,
  placements: readonly PlacementRow[],
): SitePlan {
  const geo = geoReferenceOf(row);
  const drawn = placements
    .map((p) => ({
      unitId: p.unitId,
      unitCode: p.code,
      unitName: p.name,
      objectName: p.objectName,
      ...decor(p.currentLevel),
      outOfControlReason: p.outOfControlReason,
      lastAssessedAt: p.lastAssessedAt ? p.lastAssessedAt.toISOString() : null,
      // Stored geometry passed the same schema on the way in.
      geometry: placementGeometry.parse(p.geometry),
      reviewedOn: p.reviewedOn,
    }))
    .map((d) => ({ ...d, wgs84: geo ? toWgs84(geo.fit, d.geometry) : null }));
  const levels: (RiskLevel | null)[] = [...riskLevel.options, null];
  return {
    ...presentPlanListItem(row),
    placementCount: drawn.length,
    enterpriseName,
    placements: drawn,
    geoReference: geo
      ? {
          controlPoints: geo.points,
          method: geo.fit.method,
          residualsMetres: geo.fit.residualsMetres.map((r) => Math.round(r * 100) / 100),
          rmsMetres: Math.round(geo.fit.rmsMetres * 100) / 100,
        }
      : null,
    legend: levels.map((level) => ({
      ...decor(level),
      labelZh: level === null ? '未评估' : `${riskLevelLabelZh[level]}风险`,
      count: drawn.filter((d) => d.level === level).length,
    })),
  };
}

/** A unit's map point from the first position it has, or nothing when none is known. */
export function presentMapPoint(row: UnitPositionRow): RiskMapPoint[] {
  const candidates = [
    { lat: row.unitLat, lng: row.unitLng, positionSource: 'unit' as const },
    { lat: row.objectLat, lng: row.objectLng, positionSource: 'object' as const },
    { lat: row.enterpriseLat, lng: row.enterpriseLng, positionSource: 'enterprise' as const },
  ];
  const found = candidates.find((c) => c.lat !== null && c.lng !== null);
  if (!found || found.lat === null || found.lng === null) return [];
  return [
    {
      unitId: row.id,
      unitCode: row.code,
      unitName: row.name,
      objectName: row.objectName,
      lat: found.lat,
      lng: found.lng,
      positionSource: found.positionSource,
      level: row.currentLevel,
      color: row.currentLevel === null ? null : riskLevelColor[row.currentLevel],
      outOfControlReason: row.outOfControlReason,
    },
  ];
}
