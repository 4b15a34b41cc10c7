import { z } from 'zod';

/** 属地 levels, top down; a jurisdiction's level is always the one right below its parent's. */
export const jurisdictionLevel = z.enum(['province', 'city', 'county', 'township', 'grid']);
export type JurisdictionLevel = z.infer<typeof jurisdictionLevel>;

/** The level a child of `parent` must have; null below a grid (the smallest area). */
export function childJurisdictionLevel(parent: JurisdictionLevel): JurisdictionLevel | null {
  const levels = jurisdictionLevel.options;
  return levels[levels.indexOf(parent) + 1] ?? null;
}

/**
 * National administrative division code: 6 digits down to county, 12 for townships and villages;
 * grids may extend a village code. Digits only, because the path joins codes with '.'.
 */
export const jurisdictionCode = z.string().regex(/^\d{6,15}$/, 'must be 6–15 digits');

export const jurisdiction = z.object({
  code: z.string(),
  parentCode: z.string().nullable(),
  name: z.string(),
  level: jurisdictionLevel,
  /** Ancestor codes joined by '.', ending with this code. */
  path: z.string(),
});
export type Jurisdiction = z.infer<typeof jurisdiction>;

export const jurisdictionList = z.object({ data: z.array(jurisdiction) });

export const jurisdictionInput = z.object({
  code: jurisdictionCode,
  parentCode: jurisdictionCode.nullable(),
  name: z.string().trim().min(1).max(100),
  level: jurisdictionLevel,
});
export type JurisdictionInput = z.infer<typeof jurisdictionInput>;

export const jurisdictionUpdate = z.object({ name: z.string().trim().min(1).max(100) });
export type JurisdictionUpdate = z.infer<typeof jurisdictionUpdate>;

export const jurisdictionParam = z.object({ code: jurisdictionCode });
