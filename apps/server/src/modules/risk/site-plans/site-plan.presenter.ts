import {
  placementGeometry,
  riskColorHex,
  riskLevelColor,
  riskLevelLabelZh,
  riskLevel,
  type RiskLevel,
  type RiskMapPoint,
  type SitePlan,
  type SitePlanListItem,
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

/** The plan with every unit drawn in its current level's color and the legend's counts. */
export function presentPlan(
  row: PlanRow,
  enterpriseName: string,
  placements: readonly PlacementRow[],
): SitePlan {
  const drawn = placements.map((p) => ({
    unitId: p.unitId,
    unitCode: p.code,
    unitName: p.name,
    objectName: p.objectName,
    ...decor(p.currentLevel),
    lastAssessedAt: p.lastAssessedAt ? p.lastAssessedAt.toISOString() : null,
    // Stored geometry passed the same schema on the way in.
    geometry: placementGeometry.parse(p.geometry),
  }));
  const levels: (RiskLevel | null)[] = [...riskLevel.options, null];
  return {
    ...presentPlanListItem(row),
    placementCount: drawn.length,
    enterpriseName,
    placements: drawn,
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
    },
  ];
}
