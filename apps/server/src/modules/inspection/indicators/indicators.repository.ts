import { sql, type RawBuilder } from 'kysely';
import type { IndicatorGroupBy, InspectionTaskStatus, InspectionWorkType } from '@shuangkong/contracts';
import type { Db } from '../inspection.database.ts';
import type { InspectionScope } from '../inspection-scope.ts';

export type Period = { from: string; to: string };

/** Which tasks count: all of the enterprise's, or one unit's, person's or work type's. */
export type TaskScopeFilter = {
  unitId?: string;
  /** A user id, or 'none' for items naming no one. */
  responsibleUserId?: string;
  workType?: InspectionWorkType;
};

function taskConditions(scope: InspectionScope, f: Period & TaskScopeFilter & { day?: string }) {
  return sql.join(
    [
      sql`t.enterprise_id = ${scope.id}`,
      sql`t.due_date between ${f.day ?? f.from} and ${f.day ?? f.to}`,
      ...(f.unitId ? [sql`t.unit_id = ${f.unitId}`] : []),
      ...(f.responsibleUserId === 'none' ? [sql`i.responsible_user_id is null`] : []),
      ...(f.responsibleUserId && f.responsibleUserId !== 'none'
        ? [sql`i.responsible_user_id = ${f.responsibleUserId}`]
        : []),
      ...(f.workType ? [sql`t.work_type = ${f.workType}`] : []),
    ],
    sql` and `,
  );
}

/** The tallies of one group: what indicatorCountsOf turns into counts and rates. */
export type IndicatorTally = {
  key: string;
  label: string;
  done: number;
  missed: number;
  open: number;
  onTime: number;
  hazardFound: number;
};

// A task's record is its first one: a second device's record of the same task, or a correction,
// does not count the task twice.
const firstRecord = sql`left join lateral (
    select r.check_time, r.check_status, r.checked_by from inspection_records r
    where r.enterprise_id = t.enterprise_id and r.task_id = t.id
    order by r.check_time, r.id limit 1) r on true`;

const groupKeys: Record<IndicatorGroupBy, { key: RawBuilder<string>; label: RawBuilder<string> }> = {
  unit: { key: sql`t.unit_id::text`, label: sql`max(i.unit_name)` },
  person: { key: sql`coalesce(i.responsible_user_id::text, '')`, label: sql`coalesce(max(u.name), '')` },
  workType: { key: sql`t.work_type`, label: sql`t.work_type` },
  day: { key: sql`t.due_date::text`, label: sql`t.due_date::text` },
};

/**
 * Tasks due in the period, tallied per group in one pass: done, missed (marked 未排查, or still
 * pending after its window closed and not yet swept), open (inside its window), done on time,
 * hazards found.
 */
export async function tallyTasks(
  db: Db,
  scope: InspectionScope,
  period: Period & TaskScopeFilter,
  groupBy: IndicatorGroupBy,
  now: Date,
): Promise<IndicatorTally[]> {
  const { key, label } = groupKeys[groupBy];
  const { rows } = await sql<{
    key: string;
    label: string;
    done: string;
    missed: string;
    open: string;
    onTime: string;
    hazardFound: string;
  }>`
    select ${key} as key, ${label} as label,
      count(*) filter (where t.status = 'done') as done,
      count(*) filter (where t.status = 'notChecked' or (t.status = 'pending' and t.ends_at <= ${now})) as missed,
      count(*) filter (where t.status = 'pending' and t.ends_at > ${now}) as open,
      count(*) filter (where t.status = 'done' and r.check_time <= t.ends_at) as "onTime",
      count(*) filter (where t.status = 'done' and r.check_status = 'hazardFound') as "hazardFound"
    from inspection_tasks t
    join inspection_items i on i.enterprise_id = t.enterprise_id and i.id = t.item_id
    left join users u on u.id = i.responsible_user_id
    ${firstRecord}
    where ${taskConditions(scope, period)}
    group by 1
    order by 1`.execute(db);
  return rows.map((r) => ({
    key: r.key,
    label: r.label,
    done: Number(r.done),
    missed: Number(r.missed),
    open: Number(r.open),
    onTime: Number(r.onTime),
    hazardFound: Number(r.hazardFound),
  }));
}

/** Distinct people who recorded a check of a task due in the period. */
export async function countCheckers(db: Db, scope: InspectionScope, period: Period): Promise<number> {
  const row = await db
    .selectFrom('inspectionRecords as r')
    .innerJoin('inspectionTasks as t', (j) =>
      j.onRef('t.enterpriseId', '=', 'r.enterpriseId').onRef('t.id', '=', 'r.taskId'),
    )
    .select((eb) => eb.fn.count<string>('r.checkedBy').distinct().as('n'))
    .where('r.enterpriseId', '=', scope.id)
    .where('t.dueDate', '>=', period.from)
    .where('t.dueDate', '<=', period.to)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The enterprise's headcount as its profile gives it, else its active accounts. */
export async function headcountOf(db: Db, scope: InspectionScope): Promise<number> {
  const enterprise = await db
    .selectFrom('enterprises')
    .select('employeeCount')
    .where('id', '=', scope.id)
    .executeTakeFirst();
  if (enterprise?.employeeCount) return enterprise.employeeCount;
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('enterpriseId', '=', scope.id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export type OutcomeFilter = Period &
  TaskScopeFilter & {
    day?: string;
    status?: InspectionTaskStatus;
    limit: number;
    offset: number;
  };

/** Tasks due in the period with their first record, newest first: the drill-down of a row. */
export async function listOutcomes(db: Db, scope: InspectionScope, f: OutcomeFilter) {
  const where = f.status
    ? sql`${taskConditions(scope, f)} and t.status = ${f.status}`
    : taskConditions(scope, f);
  const { rows } = await sql<{
    taskId: string;
    unitId: string;
    unitName: string;
    measureContent: string;
    dueDate: string;
    startsAt: Date;
    endsAt: Date;
    workType: InspectionWorkType;
    status: InspectionTaskStatus;
    recordId: string | null;
    checkTime: Date | null;
    checkStatus: string | null;
    checkedByName: string | null;
    byMobile: boolean | null;
    note: string | null;
    total: string;
  }>`
    select t.id as "taskId", t.unit_id as "unitId", i.unit_name as "unitName",
      i.measure_content as "measureContent", t.due_date::text as "dueDate", t.starts_at as "startsAt",
      t.ends_at as "endsAt", t.work_type as "workType", t.status,
      r.id as "recordId", r.check_time as "checkTime", r.check_status as "checkStatus",
      r.checked_by_name as "checkedByName", r.by_mobile as "byMobile", r.note,
      count(*) over () as total
    from inspection_tasks t
    join inspection_items i on i.enterprise_id = t.enterprise_id and i.id = t.item_id
    left join lateral (
      select r.id, r.check_time, r.check_status, r.checked_by_name, r.by_mobile, r.note
      from inspection_records r
      where r.enterprise_id = t.enterprise_id and r.task_id = t.id
      order by r.check_time, r.id limit 1) r on true
    where ${where}
    order by t.starts_at desc, i.unit_name, t.id
    limit ${f.limit} offset ${f.offset}`.execute(db);
  return rows;
}
