import type { Kysely } from 'kysely';
import type { AuditContext } from '../../kernel/index.ts';
import { recordChange } from '../../platform/events/index.ts';
import type { DB } from './inspection.database.ts';
import type { InspectionDomainEvent, InspectionEventType } from './inspection.events.ts';

export type InspectionEntityType =
  | 'inspectionChecklist'
  | 'inspectionItem'
  | 'inspectionTask'
  | 'inspectionRecord'
  | 'inspectionOutOfService'
  | 'inspectionPlan'
  | 'inspectionStewardDefaults'
  | 'inspectionSettings';

type EventFacts<T extends InspectionEventType> = Omit<Extract<InspectionDomainEvent, { type: T }>, 'type'>;

export type InspectionRecordEntry<T extends InspectionEventType = InspectionEventType> = {
  action: T;
  entityType: InspectionEntityType;
  entityId: string;
  enterpriseId: string;
  before?: unknown;
  after?: unknown;
  /** Handed to subscribers; what they cannot read back later. */
  facts?: Partial<EventFacts<T>>;
};

/**
 * Records a change of inspection data: its audit row and its domain event, both in the caller's
 * transaction, so neither exists without the change.
 */
export async function recordInspection<T extends InspectionEventType>(
  trx: Kysely<DB>,
  audit: AuditContext,
  entry: InspectionRecordEntry<T>,
): Promise<void> {
  await recordChange(trx, audit, entry);
}

/** Who the scheduler and the register subscribers act as in the audit trail. */
export function systemAudit(name: string): AuditContext {
  return { actorId: null, actorName: name, requestId: null, ip: null };
}
