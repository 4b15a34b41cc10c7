import { sql } from 'kysely';
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
    .leftJoin('inspectionPlans as p', (j) =>
      j.onRef('p.enterpriseId', '=', 't.enterpriseId').onRef('p.id', '=', 't.planId'),
    )
    .selectAll('t')
    .select([
      'i.unitName',
      'i.measureContent',
      'i.failureSign',
      'i.troubleshootContent',
      'i.photoRequired',
      'p.name as planName',
    ])
    .where('t.enterpriseId', '=', scope.id)
    .where((eb) =>
      eb.or([
        eb('t.dueDate', '=', filter.date),
        // A plan's task is open every day of its range, not only on its last.
        eb.and([
          eb('t.planId', 'is not', null),
          eb('t.dueDate', '>', filter.date),
          eb(
            sql<string>`(t.starts_at at time zone 'Asia/Shanghai')::date`,
            '<=',
            sql<string>`${filter.date}::date`,
          ),
        ]),
      ]),
    )
    .$if(filter.unitId !== undefined, (q) => q.where('t.unitId', '=', filter.unitId!))
    .$if(filter.responsibleUserId !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          // A plan's tasks are its assignees'.
          sql<boolean>`${filter.responsibleUserId!}::uuid = any(t.assignee_ids)`,
          // Items naming no one are everyone's (全员参与); named ones are their person's.
          eb.and([
            eb('t.assigneeIds', 'is', null),
            eb.or([
              eb('i.responsibleUserId', 'is', null),
              eb('i.responsibleUserId', '=', filter.responsibleUserId!),
            ]),
          ]),
        ]),
      ),
    )
    .orderBy('t.startsAt')
    .orderBy('i.unitName')
    .execute();
}

/**
 * The task, locked, with the rules a first record must meet (the item's photo requirement, the
 * enterprise's scan requirement) read in the same round trip: submitting is the phone's hot path.
 */
export function findTaskForUpdate(trx: Trx, scope: InspectionScope, taskId: string) {
  return trx
    .selectFrom('inspectionTasks as t')
    .leftJoin('inspectionItems as i', (j) =>
      j.onRef('i.enterpriseId', '=', 't.enterpriseId').onRef('i.id', '=', 't.itemId'),
    )
    .leftJoin('inspectionSettings as s', 's.enterpriseId', 't.enterpriseId')
    .selectAll('t')
    .select((eb) => [
      eb.fn.coalesce('i.photoRequired', eb.lit(false)).as('photoRequired'),
      eb.fn.coalesce('s.requireScan', eb.lit(false)).as('requireScan'),
    ])
    .where('t.enterpriseId', '=', scope.id)
    .where('t.id', '=', taskId)
    .forUpdate('t')
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
