import { z } from 'zod';
import { regulatorKind } from './industries.ts';
import { jurisdictionCode } from './jurisdiction.ts';

/** An industries.code, or '*' for every industry. */
export const remitIndustryCode = z.string().min(1).max(64);

export const regulatorRemitInput = z.object({
  jurisdictionCode,
  industryCode: remitIndustryCode,
});
export type RegulatorRemitInput = z.infer<typeof regulatorRemitInput>;

const remits = z.array(regulatorRemitInput).max(500);

export const regulatorInput = z.object({
  name: z.string().trim().min(2).max(100),
  kind: regulatorKind,
  jurisdictionCode,
  remits,
});
export type RegulatorInput = z.infer<typeof regulatorInput>;

export const regulatorUpdate = z.object({
  name: z.string().trim().min(2).max(100).optional(),
  kind: regulatorKind.optional(),
  isActive: z.boolean().optional(),
});
export type RegulatorUpdate = z.infer<typeof regulatorUpdate>;

export const regulatorRemitsReplace = z.object({ remits });
export type RegulatorRemitsReplace = z.infer<typeof regulatorRemitsReplace>;

export const regulatorRemit = z.object({
  jurisdictionCode: z.string(),
  jurisdictionName: z.string(),
  industryCode: z.string(),
});
export type RegulatorRemit = z.infer<typeof regulatorRemit>;

export const regulator = z.object({
  id: z.uuid(),
  name: z.string(),
  // Stored rows may predate the current enum, so responses accept any string.
  kind: z.string(),
  jurisdictionCode: z.string(),
  jurisdictionName: z.string(),
  isActive: z.boolean(),
  remits: z.array(regulatorRemit),
});
export type Regulator = z.infer<typeof regulator>;

export const regulatorAbilities = z.object({ canUpdate: z.boolean() });
export type RegulatorAbilities = z.infer<typeof regulatorAbilities>;

export const regulatorList = z.object({
  data: z.array(regulator),
  abilities: z.object({ canCreate: z.boolean() }),
});
