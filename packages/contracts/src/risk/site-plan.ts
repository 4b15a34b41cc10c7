import { z } from 'zod';
import { riskColor, riskLevel } from './levels.ts';

// Geometry is stored in plan fractions (0..1 of width and height) so a plan image can be replaced
// by a sharper scan of the same site without redrawing every unit.
const fraction = z.number().min(-1e6).max(1e6);
const inPlan = (v: number) => v >= 0 && v <= 1;
const planPoint = z
  .tuple([fraction, fraction])
  .refine(([x, y]) => inPlan(x) && inPlan(y), 'must lie within the plan: x and y between 0 and 1');

export const placementGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('polygon'), points: z.array(planPoint).min(3).max(500) }),
  z.object({
    type: z.literal('point'),
    x: fraction.refine(inPlan, 'must lie within the plan: between 0 and 1'),
    y: fraction.refine(inPlan, 'must lie within the plan: between 0 and 1'),
  }),
]);
export type PlacementGeometry = z.infer<typeof placementGeometry>;

export const sitePlanInput = z.object({
  name: z.string().trim().min(1).max(100),
  /** An image uploaded through POST /api/v1/files by the same enterprise. */
  fileId: z.uuid(),
  /** The image's pixel size, so the web can keep the aspect ratio before the image loads. */
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
});
export type SitePlanInput = z.infer<typeof sitePlanInput>;

export const sitePlanParams = z.object({ enterpriseId: z.uuid(), planId: z.uuid() });

export const placementsUpdate = z.object({
  placements: z
    .array(
      z.object({
        unitId: z.uuid(),
        geometry: placementGeometry,
        /** When the zone was last checked against the site. */
        reviewedOn: z.iso.date().nullable().optional(),
      }),
    )
    .max(2000),
});
export type PlacementsUpdate = z.infer<typeof placementsUpdate>;

/** A point clicked on the plan (fractions 0..1) with its WGS-84 latitude and longitude. */
export const controlPoint = z.object({
  x: fraction.refine(inPlan, 'must lie within the plan: between 0 and 1'),
  y: fraction.refine(inPlan, 'must lie within the plan: between 0 and 1'),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

/** Geo-reference a plan: two or more control points; an empty list removes the geo-reference. */
export const geoReferenceInput = z.object({
  controlPoints: z
    .array(controlPoint)
    .max(20)
    .refine((points) => points.length !== 1, 'at least two control points, or none to remove'),
});
export type GeoReferenceInput = z.infer<typeof geoReferenceInput>;

/** A GeoJSON geometry in WGS-84 ([lng, lat] order), a zone's real footprint. */
export const wgs84Geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(z.tuple([z.number(), z.number()]))) }),
  z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
]);
export type Wgs84Geometry = z.infer<typeof wgs84Geometry>;

export const sitePlanGeoReference = z.object({
  controlPoints: z.array(controlPoint),
  method: z.enum(['similarity', 'affine']),
  /** Per control point, metres between where it was put and where the fit puts it. */
  residualsMetres: z.array(z.number()),
  rmsMetres: z.number(),
});

export const sitePlanListItem = z.object({
  id: z.uuid(),
  name: z.string(),
  fileId: z.uuid(),
  /** GET this to draw the plan image. */
  fileUrl: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  placementCount: z.number().int(),
  createdAt: z.string(),
});
export type SitePlanListItem = z.infer<typeof sitePlanListItem>;

export const sitePlanPlacement = z.object({
  unitId: z.uuid(),
  unitCode: z.string(),
  unitName: z.string(),
  objectName: z.string(),
  /** The unit's current level; null until assessed (drawn grey). */
  level: riskLevel.nullable(),
  color: riskColor.nullable(),
  colorHex: z.string().nullable(),
  /** 失控: why the unit is out of control (a missed check); the zone gets a badge. */
  outOfControlReason: z.string().nullable(),
  lastAssessedAt: z.string().nullable(),
  geometry: placementGeometry,
  /** The zone in WGS-84 when the plan is geo-referenced; what the regional map and exports use. */
  wgs84: wgs84Geometry.nullable(),
  reviewedOn: z.string().nullable(),
});
export type SitePlanPlacement = z.infer<typeof sitePlanPlacement>;

export const sitePlanLegendEntry = z.object({
  level: riskLevel.nullable(),
  color: riskColor.nullable(),
  colorHex: z.string().nullable(),
  labelZh: z.string(),
  count: z.number().int(),
});

export const sitePlan = sitePlanListItem.extend({
  enterpriseName: z.string(),
  placements: z.array(sitePlanPlacement),
  /** Null until control points are set. */
  geoReference: sitePlanGeoReference.nullable(),
  /** 重大, 较大, 一般, 低, then 未评估: counts of the placed units. */
  legend: z.array(sitePlanLegendEntry),
});
export type SitePlan = z.infer<typeof sitePlan>;

export const sitePlanAbilities = z.object({ canEdit: z.boolean() });

/** A unit on the regional map: its own position, else its object's, else the enterprise's. */
export const riskMapPoint = z.object({
  unitId: z.uuid(),
  unitCode: z.string(),
  unitName: z.string(),
  objectName: z.string(),
  lat: z.number(),
  lng: z.number(),
  positionSource: z.enum(['unit', 'object', 'enterprise']),
  level: riskLevel.nullable(),
  color: riskColor.nullable(),
  outOfControlReason: z.string().nullable(),
});
export type RiskMapPoint = z.infer<typeof riskMapPoint>;
