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
  const { id, insert } = domainEventInsert(trxHandle, audit, event);
  await insert.execute();
  return id;
}

/** The outbox insert of an event, to run on its own or inside the audit link's statement. */
export function domainEventInsert(
  trxHandle: WithTables<PlatformTables>,
  audit: AuditContext,
  event: NewDomainEvent,
) {
  const id = randomUUID();
  const insert = tablesOf<PlatformTables>(trxHandle)
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
    });
  return { id, insert };
}
