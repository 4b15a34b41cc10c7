import type { AuditContext, WithTables } from '../../kernel/index.ts';
import { appendAuditEvent, type AuditEntry } from '../audit/index.ts';
import type { PlatformTables } from '../db/platform-tables.ts';
import { domainEventInsert } from './append-domain-event.ts';

/** An audited change: the audit entry, and the facts its domain event hands to subscribers. */
export type ChangeEntry = AuditEntry & { facts?: unknown };

/**
 * Records a change: its audit row (who, when, before, after) and its domain event (type = the audit
 * action), both in the caller's transaction, so neither exists without the change. Each module
 * wraps it in its own `record…` that only accepts the actions of its typed catalogue.
 */
export async function recordChange(
  trx: WithTables<PlatformTables>,
  audit: AuditContext,
  entry: ChangeEntry,
): Promise<void> {
  const { facts, ...auditEntry } = entry;
  const event = domainEventInsert(trx, audit, {
    type: entry.action,
    enterpriseId: entry.enterpriseId,
    entityType: entry.entityType,
    entityId: entry.entityId,
    payload: facts ?? {},
  });
  // One statement writes the audit link, the event and the chain's new head.
  await appendAuditEvent(trx, audit, auditEntry, event.insert);
}
