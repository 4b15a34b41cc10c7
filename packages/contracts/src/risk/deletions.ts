import { z } from 'zod';

/** Why a risk event or measure is deleted; optional for API clients, asked for by the web. */
export const riskDeletionBody = z.object({ reason: z.string().trim().max(500).optional() });
export type RiskDeletionBody = z.infer<typeof riskDeletionBody>;

/** The deletion mark of a register entity: who, when, why. */
export const riskDeletion = z.object({
  deletedAt: z.string(),
  deletedBy: z.string().nullable(),
  deletedByName: z.string().nullable(),
  reason: z.string(),
});
export type RiskDeletion = z.infer<typeof riskDeletion>;

/** One line of the deletion feed (what an upper platform must mark deleted). */
export const riskTombstone = riskDeletion.extend({
  entityType: z.enum(['riskObject', 'riskUnit', 'riskEvent', 'riskControlMeasure']),
  entityId: z.string(),
  /** Where it sat: a unit's object, an event's unit, a measure's unit and event. */
  objectId: z.string().nullable(),
  unitId: z.string().nullable(),
  eventId: z.string().nullable(),
  name: z.string(),
});
export type RiskTombstone = z.infer<typeof riskTombstone>;

export const riskDeletionsQuery = z.object({
  /** Deletions at or after this instant (ISO 8601); all when absent. */
  since: z.iso.datetime({ offset: true }).optional(),
});
