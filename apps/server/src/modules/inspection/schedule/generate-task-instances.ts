import type { WorkingDayCalendar } from '../../../platform/calendar/index.ts';
import { addDays, dayOfWeek, fromDayNumber, toDayNumber } from '../../../platform/calendar/index.ts';
import { DEFAULT_SHIFT_HOURS, type Frequency, minutesOf, validateFrequency } from './frequency.ts';
import { shanghaiInstant, timeOf } from './shanghai-time.ts';

/** An item as the scheduler needs it. */
export type ScheduleItem = {
  id: string;
  unitId: string;
  frequency: Frequency;
  /** The first civil date it may be due: cycles count from here, nothing is due before it. */
  activeFrom: string;
  /** The last civil date it may be due (a retired item), or null. */
  activeUntil: string | null;
};

/** 停用/检维修: the unit is out of service from `start` up to (not including) `end`; null = open. */
export type OutOfServicePeriod = { unitId: string; start: Date; end: Date | null };

export type TaskInstance = {
  itemId: string;
  /** Stable per (item, period start), e.g. '…:2026-12-03' or '…:2026-12-03T08:00'. */
  key: string;
  /** The start of the cycle period the task covers: 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'. */
  periodStart: string;
  /** The civil date the task is due on (the day it shows in the worker's list). */
  dueDate: string;
  startsAt: Date;
  endsAt: Date;
};

export type GenerateInput = {
  items: readonly ScheduleItem[];
  /** Civil dates, both included. */
  from: string;
  to: string;
  calendar: Pick<WorkingDayCalendar, 'isWorkingDay'>;
  outOfService?: readonly OutOfServicePeriod[];
  shiftHours?: number;
};

/**
 * The task instances due between two dates. Pure and deterministic: the same input gives the same
 * keys, so the caller can insert them with "on conflict do nothing" as often as it likes, and a
 * catch-up after downtime is the same call over the missed dates.
 *
 * Sub-day cycles (hour, shift) yield one task per slot of each qualifying day. Longer cycles yield
 * one task per period, due on its first qualifying day on which the unit is in service; a period
 * with no such day in [from, to]'s reach yields nothing (a unit stopped all month has no monthly
 * check). A period is placed by its first qualifying day, so the caller covers every date once.
 */
export function generateTaskInstances(input: GenerateInput): TaskInstance[] {
  const shiftHours = input.shiftHours ?? DEFAULT_SHIFT_HOURS;
  const tasks: TaskInstance[] = [];
  const first = toDayNumber(input.from);
  const last = toDayNumber(input.to);
  // A province's day is hundreds of thousands of items over a handful of dates and windows: the
  // date arithmetic is shared, not redone per item.
  const dateOf = memo((day: number) => fromDayNumber(day));
  const dayNumberOf = memo(toDayNumber);
  const instantOf = memo((key: string) => shanghaiInstant(key.slice(0, 10), key.slice(11)));
  const at = (date: string, time: string) => instantOf(`${date} ${time}`);
  const workingDay = memo((date: string) => input.calendar.isWorkingDay(date));
  const dayCalendar = { isWorkingDay: workingDay };
  const stopsByUnit = new Map<string, OutOfServicePeriod[]>();
  for (const p of input.outOfService ?? [])
    stopsByUnit.set(p.unitId, [...(stopsByUnit.get(p.unitId) ?? []), p]);
  for (const item of input.items) {
    if (validateFrequency(item.frequency, shiftHours).length > 0) continue;
    const stops = stopsByUnit.get(item.unitId) ?? [];
    const inService = (instant: Date) =>
      stops.length === 0 || !stops.some((p) => p.start <= instant && (p.end === null || instant < p.end));
    const qualifies = (date: string) => qualifiesByDayType(item.frequency, date, dayCalendar);
    const begin = Math.max(first, dayNumberOf(item.activeFrom));
    const end = item.activeUntil === null ? last : Math.min(last, dayNumberOf(item.activeUntil));
    const unit = item.frequency.checkCycleUnit;
    for (let day = begin; day <= end; day += 1) {
      const date = dateOf(day);
      if (!qualifies(date)) continue;
      if (unit === 'day' && item.frequency.checkCycle === 1) {
        // A daily check: its period is the day itself, due that day if the unit is in service.
        const startsAt = at(date, item.frequency.workStartTime ?? '00:00');
        if (!inService(startsAt)) continue;
        tasks.push({
          itemId: item.id,
          key: `${item.id}:${date}`,
          periodStart: date,
          dueDate: date,
          startsAt,
          endsAt: at(date, item.frequency.workEndTime ?? '24:00'),
        });
        continue;
      }
      if (unit === 'hour' || unit === 'shift') {
        for (const slot of slotsOf(item.frequency, shiftHours)) {
          const startsAt = at(date, slot.start);
          if (!inService(startsAt)) continue;
          const periodStart = `${date}T${slot.start}`;
          tasks.push({
            itemId: item.id,
            key: `${item.id}:${periodStart}`,
            periodStart,
            dueDate: date,
            startsAt,
            endsAt: at(date, slot.end),
          });
        }
        continue;
      }
      const period = periodOf(item.frequency, item.activeFrom, date);
      const periodFirst = period.start < item.activeFrom ? item.activeFrom : period.start;
      // The task lands on the period's first qualifying, in-service day: only that day emits it.
      const chosen = firstDueDay(
        periodFirst,
        period.end,
        (d) => qualifies(d) && inService(windowStart(item.frequency, d)),
      );
      if (chosen !== date) continue;
      tasks.push({
        itemId: item.id,
        key: `${item.id}:${period.start}`,
        periodStart: period.start,
        dueDate: date,
        startsAt: windowStart(item.frequency, date),
        endsAt: shanghaiInstant(period.end, item.frequency.workEndTime ?? '24:00'),
      });
    }
  }
  return tasks;
}

/** A function that computes each argument's result once. */
function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

function windowStart(frequency: Frequency, date: string): Date {
  return shanghaiInstant(date, frequency.workStartTime ?? '00:00');
}

function firstDueDay(from: string, to: string, ok: (date: string) => boolean): string | null {
  for (let day = toDayNumber(from); day <= toDayNumber(to); day += 1) {
    const date = fromDayNumber(day);
    if (ok(date)) return date;
  }
  return null;
}

/** Whether the calendar lets a check of this day type fall on a date (调休上班 counts as working). */
export function qualifiesByDayType(
  frequency: Pick<Frequency, 'dayType'>,
  date: string,
  calendar: Pick<WorkingDayCalendar, 'isWorkingDay'>,
): boolean {
  switch (frequency.dayType) {
    case 'everyDay':
      return true;
    case 'workingDays':
      return calendar.isWorkingDay(date);
    case 'nonWorkingDays':
      return !calendar.isWorkingDay(date);
  }
}

/** The slots of a sub-day cycle inside the window; the last one is cut at the window's end. */
export function slotsOf(
  frequency: Frequency,
  shiftHours = DEFAULT_SHIFT_HOURS,
): { start: string; end: string }[] {
  const stepHours =
    frequency.checkCycleUnit === 'shift' ? frequency.checkCycle * shiftHours : frequency.checkCycle;
  const step = stepHours * 60;
  const open = minutesOf(frequency.workStartTime ?? '00:00');
  const close = minutesOf(frequency.workEndTime ?? '24:00');
  const slots: { start: string; end: string }[] = [];
  for (let at = open; at < close; at += step) {
    slots.push({ start: timeOf(at), end: timeOf(Math.min(at + step, close)) });
  }
  return slots;
}

/**
 * The cycle period holding `date`, as civil dates (both included). Days count in blocks of N from
 * the item's first date; weeks run Monday–Sunday, months, quarters (Jan/Apr/Jul/Oct) and years are
 * calendar ones, and N of them count from the one holding the first date.
 */
export function periodOf(
  frequency: Frequency,
  activeFrom: string,
  date: string,
): { start: string; end: string } {
  const n = frequency.checkCycle;
  switch (frequency.checkCycleUnit) {
    case 'day': {
      const offset = toDayNumber(date) - toDayNumber(activeFrom);
      const index = Math.floor(offset / n);
      const start = addDays(activeFrom, index * n);
      return { start, end: addDays(start, n - 1) };
    }
    case 'week': {
      const monday = (d: string) => addDays(d, -((dayOfWeek(d) + 6) % 7));
      const weeks = (toDayNumber(monday(date)) - toDayNumber(monday(activeFrom))) / 7;
      const start = addDays(monday(activeFrom), Math.floor(weeks / n) * n * 7);
      return { start, end: addDays(start, n * 7 - 1) };
    }
    case 'month':
    case 'quarter':
    case 'year': {
      const months =
        frequency.checkCycleUnit === 'month' ? n : frequency.checkCycleUnit === 'quarter' ? 3 * n : 12 * n;
      const align =
        frequency.checkCycleUnit === 'month' ? 1 : frequency.checkCycleUnit === 'quarter' ? 3 : 12;
      const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
      const anchor = monthIndex(activeFrom) - (monthIndex(activeFrom) % align);
      const index = Math.floor((monthIndex(date) - anchor) / months);
      const startMonth = anchor + index * months;
      const start = monthStart(startMonth);
      return { start, end: addDays(monthStart(startMonth + months), -1) };
    }
    case 'hour':
    case 'shift':
      return { start: date, end: date };
  }
}

function monthStart(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}
