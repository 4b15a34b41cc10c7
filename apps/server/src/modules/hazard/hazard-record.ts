import type { Kysely } from 'kysely';
import type { AuditContext } from '../../kernel/index.ts';
import { recordChange } from '../../platform/events/index.ts';
import type { DB } from './hazard.database.ts';
import type { HazardDomainEvent, HazardEventType } from './hazard.events.ts';

export type HazardEntityType = 'hazard' | 'hazardExtension' | 'hazardRectificationPlan';

type EventFacts<T extends HazardEventType> = Omit<Extract<HazardDomainEvent, { type: T }>, 'type'>;

export type HazardRecordEntry<T extends HazardEventType = HazardEventType> = {
  action: T;
  entityType: HazardEntityType;
  entityId: string;
  enterpriseId: string;
  before?: unknown;
  after?: unknown;
  /** Handed to subscribers; what they cannot read back later. */
  facts?: Partial<EventFacts<T>>;
};

/**
 * Records a change of hazard data: its audit row and its domain event, both in the caller's
 * transaction, so neither exists without the change.
 */
export async function recordHazard<T extends HazardEventType>(
  trx: Kysely<DB>,
  audit: AuditContext,
  entry: HazardRecordEntry<T>,
): Promise<void> {
  await recordChange(trx, audit, entry);
}

/** Who the sweep and the inspection subscriber act as in the audit trail. */
export function systemAudit(name: string): AuditContext {
  return { actorId: null, actorName: name, requestId: null, ip: null };
}
