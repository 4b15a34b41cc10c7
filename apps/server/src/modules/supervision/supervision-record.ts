import type { Kysely } from 'kysely';
import type { AuditContext } from '../../kernel/index.ts';
import { recordChange } from '../../platform/events/index.ts';
import type { DB } from './supervision.database.ts';
import type { SupervisionDomainEvent, SupervisionEventType } from './supervision.events.ts';

type EventFacts<T extends SupervisionEventType> = Omit<Extract<SupervisionDomainEvent, { type: T }>, 'type'>;

export type SupervisionRecordEntry<T extends SupervisionEventType = SupervisionEventType> = {
  action: T;
  /** The kind of thing changed: 'riskAssignment', 'hazardListing', 'randomDraw', … */
  entityType: string;
  entityId: string;
  /** The enterprise concerned; a regulator's own record (a draw, a boundary) has none. */
  enterpriseId: string | null;
  before?: unknown;
  after?: unknown;
  /** Handed to subscribers; what they cannot read back later. */
  facts?: Partial<EventFacts<T>>;
};

/**
 * Records a change of supervision data: its audit row and its domain event, both in the caller's
 * transaction, so neither exists without the change.
 */
export async function recordSupervision<T extends SupervisionEventType>(
  trx: Kysely<DB>,
  audit: AuditContext,
  entry: SupervisionRecordEntry<T>,
): Promise<void> {
  await recordChange(trx, audit, entry);
}

/** Who jobs act as in the audit trail. */
export function systemAudit(name: string): AuditContext {
  return { actorId: null, actorName: name, requestId: null, ip: null };
}
