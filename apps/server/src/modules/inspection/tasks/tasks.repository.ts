import type { Db, Trx } from '../inspection.database.ts';
import type { InspectionScope } from '../inspection-scope.ts';

export type TaskFilter = { date: string; unitId?: string; responsibleUserId?: string };

/** Tasks of a day with what the checker reads (the item's unit, measure and failure sign). */
export function listTasks(db: Db, scope: InspectionScope, filter: TaskFilter) {
  return db
    .selectFrom('inspectionTasks as t')
    .innerJoin('inspectionItems as i', (j) =>
      j.onRef('i.enterpriseId', '=', 't.enterpriseId').onRef('i.id', '=', 't.itemId'),
    )
    .selectAll('t')
    .select(['i.unitName', 'i.measureContent', 'i.failureSign', 'i.troubleshootContent'])
    .where('t.enterpriseId', '=', scope.id)
    .where('t.dueDate', '=', filter.date)
    .$if(filter.unitId !== undefined, (q) => q.where('t.unitId', '=', filter.unitId!))
    .$if(filter.responsibleUserId !== undefined, (q) =>
      // Items naming no one are everyone's (全员参与); named ones are their person's.
      q.where((eb) =>
        eb.or([
          eb('i.responsibleUserId', 'is', null),
          eb('i.responsibleUserId', '=', filter.responsibleUserId!),
        ]),
      ),
    )
    .orderBy('t.startsAt')
    .orderBy('i.unitName')
    .execute();
}

export function findTaskForUpdate(trx: Trx, scope: InspectionScope, taskId: string) {
  return trx
    .selectFrom('inspectionTasks')
    .selectAll()
    .where('enterpriseId', '=', scope.id)
    .where('id', '=', taskId)
    .forUpdate()
    .executeTakeFirst();
}

export function findTask(db: Db, scope: InspectionScope, taskId: string) {
  return db
    .selectFrom('inspectionTasks')
    .select(['id', 'status'])
    .where('enterpriseId', '=', scope.id)
    .where('id', '=', taskId)
    .executeTakeFirst();
}
