import type { Db } from '../inspection.database.ts';
import type { InspectionScope } from '../inspection-scope.ts';

export function listOutOfService(db: Db, scope: InspectionScope) {
  return db
    .selectFrom('inspectionOutOfService')
    .selectAll()
    .where('enterpriseId', '=', scope.id)
    .orderBy('startAt', 'desc')
    .execute();
}

export function findOutOfService(db: Db, scope: InspectionScope, id: string) {
  return db
    .selectFrom('inspectionOutOfService')
    .selectAll()
    .where('enterpriseId', '=', scope.id)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The unit must be one of the enterprise's register units (read from risk's published tables). */
export async function unitExists(db: Db, scope: InspectionScope, unitId: string): Promise<boolean> {
  const row = await db
    .selectFrom('riskUnits')
    .select('id')
    .where('enterpriseId', '=', scope.id)
    .where('id', '=', unitId)
    .executeTakeFirst();
  return row !== undefined;
}
