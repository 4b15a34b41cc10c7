import type { Selectable } from 'kysely';
import type { DB, Db, Trx } from '../risk.database.ts';
import type { EnterpriseScope } from './enterprise-ref.ts';

export type UnitRow = Selectable<DB['riskUnits']>;

/** One unit of the enterprise (archived ones too: history stays readable), or undefined. */
export async function findUnit(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  unitId: string,
): Promise<UnitRow | undefined> {
  return db
    .selectFrom('riskUnits')
    .selectAll()
    .where('enterpriseId', '=', enterprise.id)
    .where('id', '=', unitId)
    .executeTakeFirst();
}

/** The unit row locked for the rest of the transaction: edits of one unit queue behind each other. */
export async function lockUnit(
  trx: Trx,
  enterprise: EnterpriseScope,
  unitId: string,
): Promise<UnitRow | undefined> {
  return trx
    .selectFrom('riskUnits')
    .selectAll()
    .where('enterpriseId', '=', enterprise.id)
    .where('id', '=', unitId)
    .forUpdate()
    .executeTakeFirst();
}

/** Whether another unit of the enterprise (archived ones included: the constraint is) has the code. */
export async function isUnitCodeTaken(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  code: string,
  exceptId?: string,
) {
  let q = db
    .selectFrom('riskUnits')
    .select('id')
    .where('enterpriseId', '=', enterprise.id)
    .where('code', '=', code);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** Current levels of the enterprise's active units, grouped: feeds counts and the enterprise level. */
export async function countUnitsByLevel(db: Db, enterprise: EnterpriseScope) {
  const rows = await db
    .selectFrom('riskUnits')
    .select(['currentLevel', (eb) => eb.fn.countAll<string>().as('count')])
    .where('enterpriseId', '=', enterprise.id)
    .where('archivedAt', 'is', null)
    .groupBy('currentLevel')
    .execute();
  const counts = { major: 0, significant: 0, general: 0, low: 0, unassessed: 0 };
  for (const r of rows) counts[r.currentLevel ?? 'unassessed'] = Number(r.count);
  return counts;
}
