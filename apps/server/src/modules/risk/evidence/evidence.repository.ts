import type { Selectable } from 'kysely';
import type { DB, Db, Trx } from '../risk.database.ts';
import type { EnterpriseScope } from '../units/enterprise-ref.ts';

export type EvidenceRow = Selectable<DB['riskLevelEvidence']>;
export type HistoryRow = Selectable<DB['riskUnitLevelHistory']>;

export async function findEvidence(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  evidenceId: string,
): Promise<EvidenceRow | undefined> {
  return db
    .selectFrom('riskLevelEvidence')
    .selectAll()
    .where('enterpriseId', '=', enterprise.id)
    .where('id', '=', evidenceId)
    .executeTakeFirst();
}

/** A unit's evidence that still counts, newest first. */
export async function findActiveEvidence(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  unitId: string,
): Promise<EvidenceRow[]> {
  return db
    .selectFrom('riskLevelEvidence')
    .selectAll()
    .where('enterpriseId', '=', enterprise.id)
    .where('unitId', '=', unitId)
    .where('clearedAt', 'is', null)
    .orderBy('raisedAt', 'desc')
    .execute();
}

/** A unit's level history, oldest first: how it got to its current level. */
export async function findLevelHistory(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  unitId: string,
): Promise<HistoryRow[]> {
  return db
    .selectFrom('riskUnitLevelHistory')
    .selectAll()
    .where('enterpriseId', '=', enterprise.id)
    .where('unitId', '=', unitId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}
