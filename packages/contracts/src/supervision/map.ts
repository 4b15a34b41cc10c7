// Schemas of supervision's map part: jurisdiction boundaries (GeoJSON), the regional four-color map's
// compact data, and public-area risks (公共区域风险).
import { z } from 'zod';
import { accidentType1986Code } from '../risk/accident-types.ts';
import { assessmentInput, assessmentResult } from '../risk/assessment.ts';
import { riskLevel } from '../risk/levels.ts';

export const supervisionMapRoutes = {
  /** The boundaries of the caller's jurisdiction subtree (GET) or their replacement (PUT). */
  boundaries: '/supervision/map/boundaries',
  /** Everything the map draws in one compact response: boundaries, enterprise points, public-area risks. */
  data: '/supervision/map/data',
  publicRisks: '/supervision/public-risks',
  publicRisk: '/supervision/public-risks/:id',
  retirePublicRisk: '/supervision/public-risks/:id/retire',
  /** Regulators a public-area risk may be owned by (within the caller's remit). */
  publicRiskOwners: '/supervision/public-risks/owners',
} as const;

/** Limits of a boundary upload: the request body and the geometry it may hold. */
export const BOUNDARY_LIMITS = {
  /** Bytes of the uploaded JSON. */
  bytes: 4 * 1024 * 1024,
  features: 500,
  /** Positions over all features. */
  positions: 200_000,
  /** Rings of one polygon (outer + holes) and polygons of one MultiPolygon. */
  rings: 200,
} as const;

/** A position [lng, lat] in WGS-84 degrees. */
export const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export type LngLat = z.infer<typeof lngLat>;

/** A polygon: an outer ring and holes, each ring closed (first position = last). */
export type PolygonCoordinates = LngLat[][];

/** A public-area risk's location: a point, or an area drawn as one polygon. */
export const publicRiskGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: lngLat }),
  z.object({
    type: z.literal('Polygon'),
    coordinates: z.array(z.array(lngLat).min(4).max(2000)).min(1).max(20),
  }),
]);
export type PublicRiskGeometry = z.infer<typeof publicRiskGeometry>;

/** The upload: a GeoJSON FeatureCollection, checked in depth by the server (field errors). */
export const boundaryUpload = z.object({
  type: z.string(),
  features: z.array(z.unknown()),
});
export type BoundaryUpload = z.infer<typeof boundaryUpload>;

/** One stored boundary: the jurisdiction and its (Multi)Polygon as polygons of rings. */
export const jurisdictionBoundary = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  polygons: z.array(z.array(z.array(lngLat))),
});
export type JurisdictionBoundary = z.infer<typeof jurisdictionBoundary>;

export const boundarySet = z.object({
  /** The jurisdiction the caller's upload covers (its own, or the county for the platform). */
  rootCode: z.string().nullable(),
  boundaries: z.array(jurisdictionBoundary),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
  mayUpload: z.boolean(),
});
export type BoundarySet = z.infer<typeof boundarySet>;

export const boundaryUploadResult = z.object({ stored: z.number().int(), replaced: z.number().int() });

/** Level codes in the compact map data: 0 none (no approved unit yet), 1 low … 4 major. */
export const mapLevelCode = z.number().int().min(0).max(4);
export const mapLevels = [null, 'low', 'general', 'significant', 'major'] as const;

/**
 * The map's data, columnar so 20,000 enterprises cost a few hundred kilobytes: the i-th enterprise
 * is `ids[i]`, `names[i]`, at (`lng[i]`, `lat[i]`), level `level[i]` (mapLevels), industries
 * `industries[i]` (indexes into `industryList`), township `township[i]` (index into `townships`).
 */
export const regionalMapData = z.object({
  boundaries: z.array(jurisdictionBoundary),
  townships: z.array(z.object({ code: z.string(), name: z.string() })),
  industryList: z.array(z.object({ code: z.string(), name: z.string() })),
  enterprises: z.object({
    ids: z.array(z.string()),
    names: z.array(z.string()),
    lng: z.array(z.number()),
    lat: z.array(z.number()),
    level: z.array(mapLevelCode),
    industries: z.array(z.array(z.number().int())),
    township: z.array(z.number().int()),
  }),
  /** Enterprises in remit without coordinates, counted so the legend can say so. */
  unlocated: z.number().int(),
  publicRisks: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      level: riskLevel,
      geometry: publicRiskGeometry,
    }),
  ),
});
export type RegionalMapData = z.infer<typeof regionalMapData>;

/** Kinds of public area (公共区域) a government identifies risks in. */
export const publicRiskCategory = z.enum([
  'riverEmbankment',
  'market',
  'pipeline',
  'scenicArea',
  'constructionSite',
  'crowdedPlace',
  'road',
  'other',
]);
export type PublicRiskCategory = z.infer<typeof publicRiskCategory>;

const text = (max: number) => z.string().trim().min(1).max(max);

/** Create or edit a public-area risk; the level is always derived from the assessment. */
export const publicRiskInput = z.object({
  name: text(100),
  category: publicRiskCategory,
  description: z.string().trim().max(2000).default(''),
  /** The township the area lies in (within the caller's remit). */
  jurisdictionCode: text(20),
  /** The township government or department that owns the risk. */
  ownerRegulatorId: z.uuid(),
  responsibleUnit: text(100),
  responsiblePerson: text(50),
  responsiblePhone: z
    .string()
    .trim()
    .regex(/^[0-9+\-() ]{5,20}$/, 'a phone number'),
  geometry: publicRiskGeometry,
  accidentTypes: z.array(accidentType1986Code).min(1).max(20),
  assessment: assessmentInput,
  /** Control measures (管控措施), one text. */
  measures: z.string().trim().max(2000).default(''),
});
export type PublicRiskInput = z.input<typeof publicRiskInput>;

export const publicRiskUpdate = publicRiskInput.extend({ version: z.number().int().min(1).max(1_000_000) });
export type PublicRiskUpdate = z.input<typeof publicRiskUpdate>;

export const publicRiskRetire = z.object({
  reason: text(500),
  version: z.number().int().min(1).max(1_000_000),
});

export const publicRiskListQuery = z.object({
  status: z.enum(['active', 'retired', 'all']).default('active'),
  level: riskLevel.optional(),
  q: z.string().trim().max(100).optional(),
});
export type PublicRiskListQuery = z.input<typeof publicRiskListQuery>;

export const publicRiskAbilities = z.object({ edit: z.boolean(), retire: z.boolean() });

export const publicRiskSummary = z.object({
  id: z.string(),
  name: z.string(),
  category: publicRiskCategory,
  jurisdictionCode: z.string(),
  jurisdictionName: z.string(),
  ownerRegulatorId: z.string(),
  ownerName: z.string(),
  responsibleUnit: z.string(),
  level: riskLevel,
  method: z.string(),
  status: z.enum(['active', 'retired']),
  updatedAt: z.string(),
});
export type PublicRiskSummary = z.infer<typeof publicRiskSummary>;

export const publicRiskHistoryEntry = z.object({
  at: z.string(),
  action: z.string(),
  actorName: z.string().nullable(),
  level: riskLevel.nullable(),
  note: z.string().nullable(),
});

export const publicRiskDetail = publicRiskSummary.extend({
  description: z.string(),
  responsiblePerson: z.string(),
  responsiblePhone: z.string(),
  geometry: publicRiskGeometry,
  accidentTypes: z.array(accidentType1986Code),
  assessmentInput: assessmentInput,
  assessment: assessmentResult,
  measures: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  retiredAt: z.string().nullable(),
  retiredByName: z.string().nullable(),
  retireReason: z.string().nullable(),
  history: z.array(publicRiskHistoryEntry),
  abilities: publicRiskAbilities,
});
export type PublicRiskDetail = z.infer<typeof publicRiskDetail>;

export const publicRiskOwner = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  jurisdictionCode: z.string(),
});
export type PublicRiskOwner = z.infer<typeof publicRiskOwner>;

export const publicRiskOwnerList = z.object({
  owners: z.array(publicRiskOwner),
  townships: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type PublicRiskOwnerList = z.infer<typeof publicRiskOwnerList>;
