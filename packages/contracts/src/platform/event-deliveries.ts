import { z } from 'zod';

/** A domain event delivery that failed for good (a dead letter), as the admins' view lists it. */
export const deadLetter = z.object({
  jobId: z.string().uuid(),
  eventId: z.string().uuid(),
  eventType: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  enterpriseId: z.string().uuid().nullable(),
  occurredAt: z.string(),
  subscriber: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  failedAt: z.string().nullable(),
});
export type DeadLetter = z.infer<typeof deadLetter>;
