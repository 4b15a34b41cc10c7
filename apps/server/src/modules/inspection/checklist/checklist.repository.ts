import type { Db, Trx } from '../inspection.database.ts';
import type { InspectionScope } from '../inspection-scope.ts';

export function listItems(db: Db, scope: InspectionScope, options: { includeRetired: boolean }) {
  return db
    .selectFrom('inspectionItems')
    .selectAll()
    .where('enterpriseId', '=', scope.id)
    .$if(!options.includeRetired, (q) => q.where('retiredAt', 'is', null))
    .orderBy('unitName')
    .orderBy('createdAt')
    .execute();
}

export function findItem(db: Db | Trx, scope: InspectionScope, itemId: string) {
  return db
    .selectFrom('inspectionItems')
    .selectAll()
    .where('enterpriseId', '=', scope.id)
    .where('id', '=', itemId)
    .executeTakeFirst();
}
