import type { Kysely } from 'kysely';
import type { DB } from '../../app/db-schema.ts';
import { appendAuditEvent, type AuditContext } from '../../platform/audit/index.ts';
import type { RiskEventType } from './risk.events.ts';

/** What a risk audit record is about. */
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
  | 'riskSitePlan';

export type RiskAuditEntry = {
  action: RiskEventType;
  entityType: RiskEntityType;
  entityId: string;
  enterpriseId: string;
  before?: unknown;
  after?: unknown;
};

/**
 * Appends a risk event to the enterprise's audit chain; call it inside the transaction that makes
 * the change. The action must be one of RiskEventType, so an unlisted action does not compile.
 */
export async function auditRisk(trx: Kysely<DB>, audit: AuditContext, entry: RiskAuditEntry): Promise<void> {
  await appendAuditEvent(trx, audit, entry);
}
