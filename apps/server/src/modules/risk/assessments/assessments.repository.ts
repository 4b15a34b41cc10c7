import type { Selectable } from 'kysely';
import type { DB, Db, Trx } from '../risk.database.ts';
import { defaultTableSetKeys } from '../engine/factor-tables.ts';
import type { EnterpriseScope } from '../units/enterprise-ref.ts';

export type AssessmentRow = Selectable<DB['riskAssessments']>;

/** Some assessments by id (the events' latest inherent/residual), in one query. */
export async function findAssessments(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  ids: readonly string[],
): Promise<AssessmentRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('riskAssessments')
    .selectAll()
    .where('enterpriseId', '=', enterprise.id)
    .where('id', 'in', ids)
    .execute();
}

/** Every assessment of an event, newest first: the history that explains each level it had. */
export async function findAssessmentsOfEvent(
  db: Db,
  enterprise: EnterpriseScope,
  eventId: string,
): Promise<AssessmentRow[]> {
  return db
    .selectFrom('riskAssessments')
    .selectAll()
    .where('enterpriseId', '=', enterprise.id)
    .where('eventId', '=', eventId)
    .orderBy('assessedAt', 'desc')
    .orderBy('id')
    .execute();
}

export async function insertAssessment(
  trx: Trx,
  row: Omit<AssessmentRow, 'inputs' | 'band'> & { inputs: unknown; band: unknown },
) {
  await trx
    .insertInto('riskAssessments')
    .values({
      ...row,
      inputs: JSON.stringify(row.inputs),
      band: row.band === null ? null : JSON.stringify(row.band),
    })
    .execute();
}

/** The enterprise's chosen table sets (defaults when it has chosen none). */
export async function findSettings(db: Db | Trx, enterprise: EnterpriseScope) {
  const row = await db
    .selectFrom('riskSettings')
    .select(['defaultMethod', 'lecTable', 'lsTable', 'mesTable'])
    .where('enterpriseId', '=', enterprise.id)
    .executeTakeFirst();
  return (
    row ?? {
      defaultMethod: 'lec' as const,
      lecTable: defaultTableSetKeys.lec,
      lsTable: defaultTableSetKeys.ls,
      mesTable: defaultTableSetKeys.mes,
    }
  );
}
