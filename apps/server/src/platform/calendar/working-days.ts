import type { CalendarDay, CalendarYear } from './calendar-types.ts';
import { fromDayNumber, isWeekend, toDayNumber, yearOf } from './civil-date.ts';
import { provisionalCalendarYear } from './statutory-holidays.ts';
import { validateCalendarYear } from './validate-calendar-year.ts';

export type WorkingDayCalendar = {
  /** True on Monday–Friday unless a holiday, and on a weekend make-up workday. */
  isWorkingDay(date: string): boolean;
  /**
   * The n-th working day after `date`, not counting `date` itself, so a task handed over on a
   * Friday or a holiday with n = 1 is due on the next working day. n = 0 returns `date` when it is
   * a working day, otherwise the next one. A negative n counts back to the |n|-th working day
   * before `date`.
   */
  addWorkingDays(date: string, n: number): string;
  /**
   * Working days in the half-open span (from, to]: 0 for the same date, negative when `to` is
   * earlier. For n ≥ 1, workingDaysBetween(d, addWorkingDays(d, n)) === n.
   */
  workingDaysBetween(from: string, to: string): number;
  /** The schedule entry for a date (its holiday or make-up workday name), if any. */
  findDay(date: string): CalendarDay | undefined;
  /** True when the year has no official schedule loaded, only its statutory holidays or nothing. */
  isProvisionalYear(year: number): boolean;
};

/**
 * Builds a calendar from schedule years. Throws when a year fails validateCalendarYear or appears
 * twice. A year not given falls back to its statutory holidays, so 1 January or 1 October is
 * never counted as a working day merely because that year's notice has not been loaded.
 */
export function createWorkingDayCalendar(years: readonly CalendarYear[]): WorkingDayCalendar {
  const byYear = new Map<number, CalendarYear>();
  for (const calendarYear of years) {
    if (byYear.has(calendarYear.year)) {
      throw new RangeError(`Calendar year ${calendarYear.year} is given twice`);
    }
    const errors = validateCalendarYear(calendarYear);
    if (errors.length > 0) {
      const detail = errors.map((error) => `${error.code}: ${error.message}`).join('; ');
      throw new RangeError(`Calendar year ${calendarYear.year} is invalid: ${detail}`);
    }
    byYear.set(calendarYear.year, calendarYear);
  }

  const dayMaps = new Map<number, ReadonlyMap<string, CalendarDay>>();
  function daysOfYear(year: number): ReadonlyMap<string, CalendarDay> {
    const cached = dayMaps.get(year);
    if (cached !== undefined) return cached;
    const source = byYear.get(year) ?? provisionalCalendarYear(year);
    const map = new Map((source?.days ?? []).map((day) => [day.date, day]));
    dayMaps.set(year, map);
    return map;
  }

  function findDay(date: string): CalendarDay | undefined {
    return daysOfYear(yearOf(date)).get(date);
  }

  function isWorkingDay(date: string): boolean {
    const day = findDay(date);
    if (day !== undefined) return day.kind === 'workday';
    return !isWeekend(date);
  }

  function addWorkingDays(date: string, n: number): string {
    if (!Number.isSafeInteger(n)) throw new RangeError(`Expected an integer count, got ${n}`);
    let dayNumber = toDayNumber(date);
    if (n === 0) {
      while (!isWorkingDay(fromDayNumber(dayNumber))) dayNumber += 1;
      return fromDayNumber(dayNumber);
    }
    const step = n > 0 ? 1 : -1;
    let remaining = Math.abs(n);
    while (remaining > 0) {
      dayNumber += step;
      if (isWorkingDay(fromDayNumber(dayNumber))) remaining -= 1;
    }
    return fromDayNumber(dayNumber);
  }

  function workingDaysBetween(from: string, to: string): number {
    const start = toDayNumber(from);
    const end = toDayNumber(to);
    const [low, high, sign] = start <= end ? [start, end, 1] : [end, start, -1];
    let count = 0;
    for (let day = low + 1; day <= high; day += 1) {
      if (isWorkingDay(fromDayNumber(day))) count += 1;
    }
    return sign * count;
  }

  function isProvisionalYear(year: number): boolean {
    return byYear.get(year)?.isProvisional ?? true;
  }

  return { isWorkingDay, addWorkingDays, workingDaysBetween, findDay, isProvisionalYear };
}
