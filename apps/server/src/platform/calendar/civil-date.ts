/**
 * Civil dates as 'YYYY-MM-DD' strings (Asia/Shanghai calendar days). Arithmetic runs on UTC
 * midnights so that neither the host's time zone nor daylight saving can shift a day.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a well-formed, existing date such as '2025-02-28' (not '2025-02-29'). */
export function isCivilDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && formatUtc(date) === value;
}

/** Days since 1970-01-01; throws RangeError for a malformed or non-existent date. */
export function toDayNumber(value: string): number {
  if (!isCivilDate(value)) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${value}"`);
  return Date.parse(`${value}T00:00:00Z`) / DAY_MS;
}

/** The 'YYYY-MM-DD' date of a day number. */
export function fromDayNumber(dayNumber: number): string {
  return formatUtc(new Date(dayNumber * DAY_MS));
}

/** Adds calendar days (negative to go back). */
export function addDays(value: string, days: number): string {
  return fromDayNumber(toDayNumber(value) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(value: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(value) + 4) % 7) + 7) % 7;
}

export function isWeekend(value: string): boolean {
  const day = dayOfWeek(value);
  return day === 0 || day === 6;
}

/** The calendar year of a 'YYYY-MM-DD' date. */
export function yearOf(value: string): number {
  toDayNumber(value);
  return Number(value.slice(0, 4));
}

/** Every date from `from` to `to`, both included. */
export function dateRange(from: string, to: string): string[] {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  const dates: string[] = [];
  for (let day = start; day <= end; day += 1) dates.push(fromDayNumber(day));
  return dates;
}

function formatUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's civil date in Asia/Shanghai (UTC+8 all year: China has no daylight saving). */
export function shanghaiCivilDate(now: Date = new Date()): string {
  return fromDayNumber(Math.floor((now.getTime() + 8 * 3_600_000) / 86_400_000));
}
