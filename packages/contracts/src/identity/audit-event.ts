import { z } from 'zod';
import { pageInfo, pageQuery } from '../common.ts';

export const auditEventListQuery = pageQuery.extend({
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(128).optional(),
  enterpriseId: z.uuid().optional(),
});
export type AuditEventListQuery = z.infer<typeof auditEventListQuery>;

export const auditEvent = z.object({
  /** Position in its chain (one chain per enterprise, plus 'platform'). */
  seq: z.number().int(),
  action: z.string(),
  actorName: z.string().nullable(),
  occurredAt: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEvent = z.infer<typeof auditEvent>;

export const auditEventList = z.object({ data: z.array(auditEvent), page: pageInfo });
