import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { tablesOf, type WithTables } from '../../../../kernel/index.ts';
import { getWorkingDayCalendar } from '../../../../platform/calendar/index.ts';
import type { DB } from '../../inspection.database.ts';
import type { InspectionTables } from '../../inspection.tables.ts';
import { generateTaskInstances, type ScheduleItem } from '../../schedule/generate-task-instances.ts';
import { shanghaiDate, shanghaiInstant } from '../../schedule/shanghai-time.ts';

const CHUNK = 1000;

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
    .selectAll()
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

  const values: Insertable<InspectionTables['inspectionTasks']>[] = instances.map((task) => {
    const item = byId.get(task.itemId)!;
    return {
      enterpriseId: item.enterpriseId,
      id: randomUUID(),
      itemId: item.id,
      measureId: item.measureId,
      unitId: item.unitId,
      periodStart: task.periodStart,
      dueDate: task.dueDate,
      startsAt: task.startsAt,
      endsAt: task.endsAt,
      checkCycle: item.checkCycle,
      checkCycleUnit: item.checkCycleUnit,
      workStartTime: item.workStartTime,
      workEndTime: item.workEndTime,
      dayType: item.dayType,
      workType: item.workType,
      stewardItemNo: null,
    };
  });
  let inserted = 0;
  for (let i = 0; i < values.length; i += CHUNK) {
    const result = await db
      .insertInto('inspectionTasks')
      .values(values.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(['enterpriseId', 'itemId', 'periodStart']).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return inserted;
}

/** Today's civil date in Shanghai. */
export function shanghaiToday(now: Date = new Date()): string {
  return shanghaiDate(now);
}
