import type { Db } from '../inspection.database.ts';
import type { InspectionScope } from '../inspection-scope.ts';

export function listPlans(db: Db, scope: InspectionScope) {
  return db
    .selectFrom('inspectionPlans')
    .selectAll()
    .where('enterpriseId', '=', scope.id)
    .orderBy('endDate', 'desc')
    .orderBy('startDate', 'desc')
    .orderBy('createdAt', 'desc')
    .limit(500)
    .execute();
}

export type PlanRow = Awaited<ReturnType<typeof listPlans>>[number];

export function findPlan(db: Db, scope: InspectionScope, id: string) {
  return db
    .selectFrom('inspectionPlans')
    .selectAll()
    .where('enterpriseId', '=', scope.id)
    .where('id', '=', id)
    .executeTakeFirst();
}

export type PlanProgress = { total: number; done: number; missed: number; open: number };

/** Each plan's tasks by status. */
export async function planProgress(
  db: Db,
  scope: InspectionScope,
  planIds: readonly string[],
): Promise<Map<string, PlanProgress>> {
  if (planIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('inspectionTasks')
    .select((eb) => [
      'planId',
      eb.fn.countAll<string>().as('total'),
      eb.fn.countAll<string>().filterWhere('status', '=', 'done').as('done'),
      eb.fn.countAll<string>().filterWhere('status', '=', 'notChecked').as('missed'),
      eb.fn.countAll<string>().filterWhere('status', '=', 'pending').as('open'),
    ])
    .where('enterpriseId', '=', scope.id)
    .where('planId', 'in', planIds)
    .groupBy('planId')
    .execute();
  return new Map(
    rows.map((r) => [
      r.planId ?? '',
      { total: Number(r.total), done: Number(r.done), missed: Number(r.missed), open: Number(r.open) },
    ]),
  );
}

/** Names of the people plans assign, by id. */
export async function peopleNames(db: Db, scope: InspectionScope, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('enterpriseId', '=', scope.id)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
