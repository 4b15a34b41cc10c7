import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { tablesOf, type WithTables } from '../../../../kernel/index.ts';
import { getWorkingDayCalendar } from '../../../../platform/calendar/index.ts';
import type { DB } from '../../inspection.database.ts';
import { generateTaskInstances, type ScheduleItem } from '../../schedule/generate-task-instances.ts';
import { shanghaiDate, shanghaiInstant } from '../../schedule/shanghai-time.ts';

const CHUNK = 5000;

export type GenerateTasksOptions = {
  /** Civil dates, both included. */
  from: string;
  to: string;
  /** One enterprise only (a manual catch-up); all when absent. */
  enterpriseId?: string;
};

/**
 * Creates the task instances due between two dates for every item that is or was active then.
 * Idempotent by the unique (enterprise, item, period start): rows that exist are left alone, so
 * this is safe to run repeatedly, overlapping, and over days already covered to catch up.
 * Tasks are derived from the items (whose changes are audited), so no audit row per task: a
 * day's generation for a large plant would otherwise bury the audit trail.
 */
export async function generateTasks(
  dbHandle: WithTables<DB>,
  options: GenerateTasksOptions,
): Promise<number> {
  const db = tablesOf<DB>(dbHandle);
  const calendar = await getWorkingDayCalendar(dbHandle);
  const rangeStart = shanghaiInstant(options.from, '00:00');
  let query = db
    .selectFrom('inspectionItems')
    // What scheduling needs, not the item's texts: a province's day reads 200,000 of these.
    .select([
      'id',
      'enterpriseId',
      'measureId',
      'unitId',
      'activeFrom',
      'retiredAt',
      'checkCycle',
      'checkCycleUnit',
      'workStartTime',
      'workEndTime',
      'dayType',
      'workType',
    ])
    .where((eb) => eb.or([eb('retiredAt', 'is', null), eb('retiredAt', '>=', rangeStart)]))
    .where('activeFrom', '<=', options.to)
    .orderBy('enterpriseId');
  if (options.enterpriseId !== undefined) query = query.where('enterpriseId', '=', options.enterpriseId);
  const rows = await query.execute();
  if (rows.length === 0) return 0;

  const stops = await db
    .selectFrom('inspectionOutOfService')
    .select(['enterpriseId', 'unitId', 'startAt', 'endAt'])
    .where('startAt', '<', shanghaiInstant(options.to, '24:00'))
    .where((eb) => eb.or([eb('endAt', 'is', null), eb('endAt', '>', rangeStart)]))
    .$if(options.enterpriseId !== undefined, (q) => q.where('enterpriseId', '=', options.enterpriseId!))
    .execute();

  const byId = new Map(rows.map((row) => [row.id, row]));
  const items: ScheduleItem[] = rows.map((row) => ({
    id: row.id,
    // Units are per enterprise; the pair keeps two tenants' stops apart.
    unitId: `${row.enterpriseId}/${row.unitId}`,
    activeFrom: row.activeFrom,
    activeUntil: row.retiredAt === null ? null : shanghaiDate(row.retiredAt),
    frequency: {
      checkCycle: row.checkCycle,
      checkCycleUnit: row.checkCycleUnit,
      workStartTime: row.workStartTime,
      workEndTime: row.workEndTime,
      dayType: row.dayType,
    },
  }));
  const instances = generateTaskInstances({
    items,
    from: options.from,
    to: options.to,
    calendar,
    outOfService: stops.map((s) => ({
      unitId: `${s.enterpriseId}/${s.unitId}`,
      start: s.startAt,
      end: s.endAt,
    })),
  });

  let inserted = 0;
  for (let i = 0; i < instances.length; i += CHUNK) {
    const chunk = instances.slice(i, i + CHUNK).map((task) => ({ task, item: byId.get(task.itemId)! }));
    const column = <T>(pick: (row: (typeof chunk)[number]) => T) => chunk.map(pick);
    // One array per column (unnest) instead of a parameter per value: a province's day is 200,000
    // rows, and the work is then the insert itself, near a COPY of the same rows.
    const result = await sql`
      insert into inspection_tasks (enterprise_id, id, item_id, measure_id, unit_id, period_start, due_date,
        starts_at, ends_at, check_cycle, check_cycle_unit, work_start_time, work_end_time, day_type,
        work_type, steward_item_no)
      select *, null::int from unnest(
        ${column((r) => r.item.enterpriseId)}::uuid[], ${column(() => randomUUID())}::uuid[],
        ${column((r) => r.item.id)}::uuid[], ${column((r) => r.item.measureId)}::uuid[],
        ${column((r) => r.item.unitId)}::uuid[], ${column((r) => r.task.periodStart)}::text[],
        ${column((r) => r.task.dueDate)}::date[], ${column((r) => r.task.startsAt.toISOString())}::timestamptz[],
        ${column((r) => r.task.endsAt.toISOString())}::timestamptz[], ${column((r) => r.item.checkCycle)}::int[],
        ${column((r) => r.item.checkCycleUnit)}::text[], ${column((r) => r.item.workStartTime)}::text[],
        ${column((r) => r.item.workEndTime)}::text[], ${column((r) => r.item.dayType)}::text[],
        ${column((r) => r.item.workType)}::text[])
      on conflict (enterprise_id, item_id, period_start) do nothing`.execute(db);
    inserted += Number(result.numAffectedRows ?? 0n);
  }
  return inserted;
}

/** Today's civil date in Shanghai. */
export function shanghaiToday(now: Date = new Date()): string {
  return shanghaiDate(now);
}
