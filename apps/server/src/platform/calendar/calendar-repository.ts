import { sql, type Kysely } from 'kysely';
import type { PlatformTables } from '../db/platform-tables.ts';
import { tablesOf, type WithTables } from '../../kernel/index.ts';
import { appendAuditEvent, type AuditContext } from '../audit/index.ts';
import type { CalendarYear } from './calendar-types.ts';
import { builtInCalendarYears } from './holidays-data.ts';
import { validateCalendarYear } from './validate-calendar-year.ts';
import { createWorkingDayCalendar, type WorkingDayCalendar } from './working-days.ts';

export type CalendarYearSummary = { year: number; isProvisional: boolean; updatedAt: Date };

/** The stored years, oldest first, without their days. */
export async function listCalendarYears(
  dbHandle: WithTables<PlatformTables>,
): Promise<CalendarYearSummary[]> {
  const db = tablesOf(dbHandle);
  return db
    .selectFrom('calendarYears')
    .select(['year', 'isProvisional', 'updatedAt'])
    .orderBy('year')
    .execute();
}

/** One stored year with its days in date order, or undefined. */
export async function findCalendarYear(
  dbHandle: WithTables<PlatformTables>,
  year: number,
): Promise<CalendarYear | undefined> {
  const db = tablesOf(dbHandle);
  const row = await db
    .selectFrom('calendarYears')
    .select(['year', 'isProvisional'])
    .where('year', '=', year)
    .executeTakeFirst();
  if (!row) return undefined;
  const days = await db
    .selectFrom('calendarDays')
    .select(['date', 'kind', 'name'])
    .where('year', '=', year)
    .orderBy('date')
    .execute();
  return { year: row.year, isProvisional: row.isProvisional, days };
}

async function loadAllYears(db: Kysely<PlatformTables>): Promise<CalendarYear[]> {
  const [years, days] = await Promise.all([
    db.selectFrom('calendarYears').select(['year', 'isProvisional']).orderBy('year').execute(),
    db.selectFrom('calendarDays').select(['date', 'kind', 'name', 'year']).orderBy('date').execute(),
  ]);
  return years.map((y) => ({
    year: y.year,
    isProvisional: y.isProvisional,
    days: days.filter((d) => d.year === y.year).map(({ date, kind, name }) => ({ date, kind, name })),
  }));
}

type Cached = { version: string; calendar: WorkingDayCalendar };
const cache = new WeakMap<Kysely<PlatformTables>, Cached>();

/**
 * The working-day calendar from the database. Built once per process and reused while the stored
 * years are unchanged: a cheap version probe (count and latest update) notices a save made by
 * another server process, and a save in this one drops the cache at once.
 */
export async function getWorkingDayCalendar(
  dbHandle: WithTables<PlatformTables>,
): Promise<WorkingDayCalendar> {
  const db = tablesOf(dbHandle);
  const { rows } = await sql<{ version: string }>`
    select count(*) || '@' || coalesce(max(updated_at)::text, '') as version from calendar_years`.execute(db);
  const version = rows[0]?.version ?? '';
  const cached = cache.get(db);
  if (cached && cached.version === version) return cached.calendar;
  const stored = await loadAllYears(db);
  // A shipped year the database lacks still counts (a database not yet seeded, a test database).
  const storedYears = new Set(stored.map((y) => y.year));
  const shipped = builtInCalendarYears.filter((y) => !storedYears.has(y.year));
  const calendar = createWorkingDayCalendar([...stored, ...shipped]);
  cache.set(db, { version, calendar });
  return calendar;
}

/** The n-th working day after a 'YYYY-MM-DD' date (see WorkingDayCalendar.addWorkingDays). */
export async function addWorkingDays(
  dbHandle: WithTables<PlatformTables>,
  date: string,
  n: number,
): Promise<string> {
  const db = tablesOf(dbHandle);
  return (await getWorkingDayCalendar(db)).addWorkingDays(date, n);
}

/**
 * Replaces a year's schedule and records before and after on the platform audit chain. The year
 * must pass validateCalendarYear (callers validate first to report field paths; this is the guard).
 */
export async function saveCalendarYear(
  dbHandle: WithTables<PlatformTables>,
  audit: AuditContext,
  calendarYear: CalendarYear,
  updatedBy: string | null,
): Promise<void> {
  const db = tablesOf(dbHandle);
  const errors = validateCalendarYear(calendarYear);
  if (errors.length > 0)
    throw new RangeError(`Calendar year ${calendarYear.year} is invalid: ${errors[0]?.message}`);
  const days = [...calendarYear.days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  await db.transaction().execute(async (trx) => {
    // Two administrators saving one year at once apply one after the other; the year row may not
    // exist yet, so an advisory lock on the year stands in for a row lock.
    await sql`select pg_advisory_xact_lock(727275, ${calendarYear.year})`.execute(trx);
    const before = await findCalendarYear(trx, calendarYear.year);
    await trx
      .insertInto('calendarYears')
      .values({
        year: calendarYear.year,
        isProvisional: calendarYear.isProvisional,
        updatedBy,
        updatedAt: sql<Date>`now()`,
      })
      .onConflict((oc) =>
        oc
          .column('year')
          .doUpdateSet({ isProvisional: calendarYear.isProvisional, updatedBy, updatedAt: sql<Date>`now()` }),
      )
      .execute();
    await trx.deleteFrom('calendarDays').where('year', '=', calendarYear.year).execute();
    if (days.length > 0) {
      await trx
        .insertInto('calendarDays')
        .values(days.map((d) => ({ date: d.date, year: calendarYear.year, kind: d.kind, name: d.name })))
        .execute();
    }
    await appendAuditEvent(trx, audit, {
      enterpriseId: null,
      action: 'calendar.year-saved',
      entityType: 'calendarYear',
      entityId: String(calendarYear.year),
      before: before ?? null,
      after: { year: calendarYear.year, isProvisional: calendarYear.isProvisional, days },
    });
  });
  cache.delete(db);
}

/**
 * Loads the shipped schedules (2024–2027) into the database: all of them on first start, and later
 * any shipped year the database does not have yet. A stored year is never overwritten, because an
 * administrator may have corrected it. Safe when several processes start at once.
 */
export async function seedCalendarIfEmpty(dbHandle: WithTables<PlatformTables>): Promise<number[]> {
  const db = tablesOf(dbHandle);
  const added: number[] = [];
  for (const calendarYear of builtInCalendarYears) {
    await db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('calendarYears')
        .values({ year: calendarYear.year, isProvisional: calendarYear.isProvisional, updatedBy: null })
        .onConflict((oc) => oc.column('year').doNothing())
        .returning('year')
        .executeTakeFirst();
      if (!inserted) return;
      await trx
        .insertInto('calendarDays')
        .values(calendarYear.days.map((d) => ({ ...d, year: calendarYear.year })))
        .execute();
      added.push(calendarYear.year);
    });
  }
  return added;
}
