import type { Kysely } from 'kysely';
import type { AuditContext } from '../../kernel/index.ts';
import { recordChange } from '../../platform/events/index.ts';
import type { DB } from './identity.database.ts';
import type { IdentityDomainEvent, IdentityEntityType, IdentityEventType } from './identity.events.ts';

type EventFacts<T extends IdentityEventType> = Omit<Extract<IdentityDomainEvent, { type: T }>, 'type'>;

export type IdentityRecordEntry<T extends IdentityEventType = IdentityEventType> = {
  action: T;
  entityType: IdentityEntityType;
  entityId: string;
  /** The tenant whose audit chain gets the row; null for platform-level data (places, regulators). */
  enterpriseId: string | null;
  before?: unknown;
  after?: unknown;
  /** Handed to subscribers; what they cannot read back later. */
  facts?: Partial<EventFacts<T>>;
};

/**
 * Records a change of identity data: its audit row and its domain event, in the caller's
 * transaction. Only actions of the catalogue in identity.events.ts compile.
 */
export async function recordIdentity<T extends IdentityEventType>(
  trx: Kysely<DB>,
  audit: AuditContext,
  entry: IdentityRecordEntry<T>,
): Promise<void> {
  await recordChange(trx, audit, entry);
}
