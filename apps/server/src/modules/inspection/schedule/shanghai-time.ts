import { addDays } from '../../../platform/calendar/index.ts';

// Asia/Shanghai has been UTC+8 without daylight saving since 1991, so a fixed offset is exact
// for every date this platform schedules, and no host time-zone setting can shift a task.
const OFFSET_MS = 8 * 3_600_000;

/** The instant of a Shanghai civil date and wall-clock time ('24:00' is the next midnight). */
export function shanghaiInstant(date: string, time: string): Date {
  if (time === '24:00') return shanghaiInstant(addDays(date, 1), '00:00');
  return new Date(Date.parse(`${date}T${time}:00Z`) - OFFSET_MS);
}

/** The Shanghai civil date of an instant. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** 'HH:MM' of minutes after midnight. */
export function timeOf(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
