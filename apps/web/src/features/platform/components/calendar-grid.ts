import type { CalendarDay, CalendarDayKind } from '../api/calendar-api.ts';

export type GridCell = { date: string; day: number; weekday: number } | null;

const pad = (n: number) => String(n).padStart(2, '0');

/** A month as weeks of 7 cells, Sunday first, with null padding; pure and time-zone free. */
export function monthGrid(year: number, month: number): GridCell[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: GridCell[] = Array.from({ length: first.getUTCDay() }, () => null);
  for (let day = 1; day <= daysInMonth; day += 1) {
    cells.push({
      date: `${year}-${pad(month)}-${pad(day)}`,
      day,
      weekday: (first.getUTCDay() + day - 1) % 7,
    });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: GridCell[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Sets, changes or clears (kind null) one day's entry; the list stays sorted by date. */
export function setDay(
  days: readonly CalendarDay[],
  date: string,
  kind: CalendarDayKind | null,
  name: string,
): CalendarDay[] {
  const rest = days.filter((d) => d.date !== date);
  if (kind === null) return rest;
  return [...rest, { date, kind, name }].sort((a, b) => a.date.localeCompare(b.date));
}

/** Is the date off work: a holiday, or a weekend that is not a make-up workday. */
export function isDayOff(
  cell: { date: string; weekday: number },
  byDate: ReadonlyMap<string, CalendarDay>,
): boolean {
  const entry = byDate.get(cell.date);
  if (entry) return entry.kind === 'holiday';
  return cell.weekday === 0 || cell.weekday === 6;
}
