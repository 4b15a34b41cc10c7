import type { CalendarDay, CalendarYear } from './calendar-types.ts';
import { dateRange } from './civil-date.ts';

/*
 * China's holiday schedule as published by the General Office of the State Council each November
 * for the next year (国务院办公厅关于 XXXX 年部分节假日安排的通知). Each holiday line copies the
 * notice's "X月X日至X日放假" range, weekend days included; each workday line its "X月X日上班".
 * validateCalendarYear checks every year below against the statutory holidays.
 */

function off(from: string, to: string, name: string): CalendarDay[] {
  return dateRange(from, to).map((date) => ({ date, kind: 'holiday', name }));
}

function on(dates: string[], name: string): CalendarDay[] {
  return dates.map((date) => ({ date, kind: 'workday', name }));
}

function year(value: number, isProvisional: boolean, ...groups: CalendarDay[][]): CalendarYear {
  const days = groups.flat().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { year: value, isProvisional, days };
}

// 国办发明电〔2023〕7号. Still under the 2013 rules: 春节 3 statutory days, 劳动节 1.
const year2024 = year(
  2024,
  false,
  off('2024-01-01', '2024-01-01', '元旦'),
  off('2024-02-10', '2024-02-17', '春节'),
  on(['2024-02-04', '2024-02-18'], '春节'),
  off('2024-04-04', '2024-04-06', '清明节'),
  on(['2024-04-07'], '清明节'),
  off('2024-05-01', '2024-05-05', '劳动节'),
  on(['2024-04-28', '2024-05-11'], '劳动节'),
  off('2024-06-10', '2024-06-10', '端午节'),
  off('2024-09-15', '2024-09-17', '中秋节'),
  on(['2024-09-14'], '中秋节'),
  off('2024-10-01', '2024-10-07', '国庆节'),
  on(['2024-09-29', '2024-10-12'], '国庆节'),
);

// 国办发明电〔2024〕12号, the first year under the 2024 revision (除夕 and 2 May added).
const year2025 = year(
  2025,
  false,
  off('2025-01-01', '2025-01-01', '元旦'),
  off('2025-01-28', '2025-02-04', '春节'),
  on(['2025-01-26', '2025-02-08'], '春节'),
  off('2025-04-04', '2025-04-06', '清明节'),
  off('2025-05-01', '2025-05-05', '劳动节'),
  on(['2025-04-27'], '劳动节'),
  off('2025-05-31', '2025-06-02', '端午节'),
  off('2025-10-01', '2025-10-08', '国庆节、中秋节'),
  on(['2025-09-28', '2025-10-11'], '国庆节、中秋节'),
);

// 国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04.
const year2026 = year(
  2026,
  false,
  off('2026-01-01', '2026-01-03', '元旦'),
  on(['2026-01-04'], '元旦'),
  off('2026-02-15', '2026-02-23', '春节'),
  on(['2026-02-14', '2026-02-28'], '春节'),
  off('2026-04-04', '2026-04-06', '清明节'),
  off('2026-05-01', '2026-05-05', '劳动节'),
  on(['2026-05-09'], '劳动节'),
  off('2026-06-19', '2026-06-21', '端午节'),
  off('2026-09-25', '2026-09-27', '中秋节'),
  off('2026-10-01', '2026-10-07', '国庆节'),
  on(['2026-09-20', '2026-10-10'], '国庆节'),
);

// Not yet published: the statutory days only (除夕 5 Feb, 清明 5 Apr, 端午 9 Jun, 中秋 15 Sep).
const year2027 = year(
  2027,
  true,
  off('2027-01-01', '2027-01-01', '元旦'),
  off('2027-02-05', '2027-02-08', '春节'),
  off('2027-04-05', '2027-04-05', '清明节'),
  off('2027-05-01', '2027-05-02', '劳动节'),
  off('2027-06-09', '2027-06-09', '端午节'),
  off('2027-09-15', '2027-09-15', '中秋节'),
  off('2027-10-01', '2027-10-03', '国庆节'),
);

/** The built-in schedules, oldest first; the database copy an administrator edits starts here. */
export const builtInCalendarYears: readonly CalendarYear[] = [year2024, year2025, year2026, year2027];
