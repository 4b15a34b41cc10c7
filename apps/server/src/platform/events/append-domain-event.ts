import { randomUUID } from 'node:crypto';
import { tablesOf, type AuditContext, type WithTables } from '../../kernel/index.ts';
import type { PlatformTables } from '../db/platform-tables.ts';
import type { NewDomainEvent } from './domain-event.ts';

/**
 * Puts an event in the outbox. Call it inside the transaction that makes the change (modules do it
 * through their own `record…` function together with the audit row), so the event exists exactly
 * when the change does. Returns the event's id.
 */
export async function appendDomainEvent(
  trxHandle: WithTables<PlatformTables>,
  audit: AuditContext,
  event: NewDomainEvent,
): Promise<string> {
  const id = randomUUID();
  await tablesOf<PlatformTables>(trxHandle)
    .insertInto('domainEvents')
    .values({
      id,
      type: event.type,
      enterpriseId: event.enterpriseId,
      entityType: event.entityType,
      entityId: event.entityId,
      payload: JSON.stringify(event.payload ?? {}),
      actorId: audit.actorId,
      requestId: audit.requestId,
      fannedOutAt: null,
    })
    .execute();
  return id;
}
