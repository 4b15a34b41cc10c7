import type { AuditEvent } from '@shuangkong/contracts';
import type { AuditEventRow } from './audit-event.repository.ts';

export function presentAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    seq: row.seq,
    action: row.action,
    actorName: row.actorName,
    occurredAt: row.occurredAt.toISOString(),
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before ?? null,
    after: row.after ?? null,
  };
}
