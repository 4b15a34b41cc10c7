import type { Selectable } from 'kysely';
import type { DB, Db, Trx } from '../risk.database.ts';
import type { EnterpriseScope } from '../units/enterprise-ref.ts';

export type MeasureRow = Selectable<DB['riskControlMeasures']>;

export async function findMeasure(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  measureId: string,
): Promise<MeasureRow | undefined> {
  return db
    .selectFrom('riskControlMeasures')
    .selectAll()
    .where('enterpriseId', '=', enterprise.id)
    .where('id', '=', measureId)
    .executeTakeFirst();
}

/** The measures of some events, in one query. */
export async function findMeasuresOfEvents(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  eventIds: readonly string[],
): Promise<MeasureRow[]> {
  if (eventIds.length === 0) return [];
  return db
    .selectFrom('riskControlMeasures')
    .selectAll()
    .where('enterpriseId', '=', enterprise.id)
    .where('eventId', 'in', eventIds)
    .orderBy('sort')
    .orderBy('createdAt')
    .execute();
}
