import { z } from 'zod';

export const orgUnitKind = z.enum(['department', 'workshop', 'team', 'post']);
export type OrgUnitKind = z.infer<typeof orgUnitKind>;

export const orgUnit = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  name: z.string(),
  kind: orgUnitKind,
  sort: z.number().int(),
});
export type OrgUnit = z.infer<typeof orgUnit>;

export const orgUnitList = z.object({
  data: z.array(orgUnit),
  abilities: z.object({ canManage: z.boolean() }),
});

export const orgUnitInput = z.object({
  parentId: z.uuid().nullable(),
  name: z.string().trim().min(1).max(100),
  kind: orgUnitKind,
  sort: z.number().int().min(0).max(1_000_000).optional(),
});
export type OrgUnitInput = z.infer<typeof orgUnitInput>;

export const orgUnitUpdate = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  kind: orgUnitKind.optional(),
  parentId: z.uuid().nullable().optional(),
  sort: z.number().int().min(0).max(1_000_000).optional(),
});
export type OrgUnitUpdate = z.infer<typeof orgUnitUpdate>;

export const orgUnitParams = z.object({ id: z.uuid(), unitId: z.uuid() });
