import type { Kysely } from 'kysely';
import type { AuditContext } from '../../kernel/index.ts';
import { recordChange } from '../../platform/events/index.ts';
import type { DB } from './risk.database.ts';
import type { RiskDomainEvent, RiskEventType } from './risk.events.ts';

/** What a risk record is about. */
export type RiskEntityType =
  | 'enterprise'
  | 'riskSettings'
  | 'riskRegister'
  | 'riskObject'
  | 'riskUnit'
  | 'riskEvent'
  | 'riskControlMeasure'
  | 'riskLevelEvidence'
  | 'riskChange'
  | 'riskSitePlan'
  | 'riskCard'
  | 'industryTableDefault';

/** The facts an event of type T carries beyond its entity (the catalogue in risk.events.ts). */
type EventFacts<T extends RiskEventType> = Omit<Extract<RiskDomainEvent, { type: T }>, 'type'>;

export type RiskRecordEntry<T extends RiskEventType = RiskEventType> = {
  action: T;
  entityType: RiskEntityType;
  entityId: string;
  /** The tenant whose chain gets the row; null for platform-level register data (industry defaults). */
  enterpriseId: string | null;
  before?: unknown;
  after?: unknown;
  /** Handed to subscribers; what they cannot read back later. */
  facts?: Partial<EventFacts<T>>;
};

/**
 * Records a change of the register: its audit row (who, when, before, after) and its domain event
 * for other modules, both in the caller's transaction, so neither exists without the change. The
 * action must be one of RiskEventType, so an unlisted action does not compile.
 */
export async function recordRisk<T extends RiskEventType>(
  trx: Kysely<DB>,
  audit: AuditContext,
  entry: RiskRecordEntry<T>,
): Promise<void> {
  await recordChange(trx, audit, entry);
}
