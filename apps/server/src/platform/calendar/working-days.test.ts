import { describe, expect, it } from 'vitest';
import type { CalendarDay, CalendarYear } from './calendar-types.ts';
import { dateRange } from './civil-date.ts';
import { builtInCalendarYears } from './holidays-data.ts';
import { createWorkingDayCalendar } from './working-days.ts';

const calendar = createWorkingDayCalendar(builtInCalendarYears);

function workingDays(from: string, to: string): string[] {
  return dateRange(from, to).filter((date) => calendar.isWorkingDay(date));
}

describe('isWorkingDay', () => {
  it('follows Spring Festival 2025 with its make-up Sunday and Saturday', () => {
    expect(workingDays('2025-01-25', '2025-02-09')).toEqual([
      '2025-01-26', // Sunday, make-up
      '2025-01-27',
      '2025-02-05',
      '2025-02-06',
      '2025-02-07',
      '2025-02-08', // Saturday, make-up
    ]);
  });

  it('follows Spring Festival 2026 (nine days off)', () => {
    expect(workingDays('2026-02-13', '2026-03-01')).toEqual([
      '2026-02-13',
      '2026-02-14', // Saturday, make-up
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28', // Saturday, make-up
    ]);
  });

  it('follows National Day 2024', () => {
    expect(workingDays('2024-09-28', '2024-10-13')).toEqual([
      '2024-09-29', // Sunday, make-up
      '2024-09-30',
      '2024-10-08',
      '2024-10-09',
      '2024-10-10',
      '2024-10-11',
      '2024-10-12', // Saturday, make-up
    ]);
  });

  it('follows National Day and Mid-Autumn 2025 (eight days off)', () => {
    expect(workingDays('2025-09-27', '2025-10-12')).toEqual([
      '2025-09-28', // Sunday, make-up
      '2025-09-29',
      '2025-09-30',
      '2025-10-09',
      '2025-10-10',
      '2025-10-11', // Saturday, make-up
    ]);
  });

  it('counts the working days of whole years', () => {
    // days − weekend days − weekdays off + make-up weekend days
    expect(workingDays('2024-01-01', '2024-12-31')).toHaveLength(366 - 104 - 19 + 8);
    expect(workingDays('2025-01-01', '2025-12-31')).toHaveLength(365 - 104 - 18 + 5);
    expect(workingDays('2026-01-01', '2026-12-31')).toHaveLength(365 - 104 - 19 + 6);
  });

  it('keeps the 2027 statutory holidays off even without an official schedule', () => {
    expect(calendar.isProvisionalYear(2027)).toBe(true);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false); // Friday
    expect(workingDays('2027-02-01', '2027-02-12')).toEqual([
      '2027-02-01',
      '2027-02-02',
      '2027-02-03',
      '2027-02-04',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-02-12',
    ]);
    expect(calendar.isWorkingDay('2027-04-05')).toBe(false);
    expect(calendar.isWorkingDay('2027-06-09')).toBe(false);
    expect(calendar.isWorkingDay('2027-09-15')).toBe(false);
    expect(calendar.isWorkingDay('2027-10-01')).toBe(false);
    expect(calendar.isWorkingDay('2027-10-04')).toBe(true);
  });

  it('falls back to statutory holidays for a year not loaded, and to weekdays beyond the table', () => {
    expect(calendar.isProvisionalYear(2028)).toBe(true);
    expect(calendar.isWorkingDay('2028-01-25')).toBe(false); // 除夕, Tuesday
    expect(calendar.isWorkingDay('2028-10-02')).toBe(false);
    expect(calendar.isWorkingDay('2036-01-01')).toBe(true); // unknown: plain Tuesday
    expect(calendar.isWorkingDay('2023-01-02')).toBe(true); // before the table: plain Monday
    expect(calendar.isProvisionalYear(2025)).toBe(false);
  });

  it('names the day', () => {
    expect(calendar.findDay('2026-02-28')).toEqual({
      date: '2026-02-28',
      kind: 'workday',
      name: '春节',
    });
    expect(calendar.findDay('2025-10-06')?.name).toBe('国庆节、中秋节');
    expect(calendar.findDay('2025-03-03')).toBeUndefined();
  });
});

describe('addWorkingDays', () => {
  it('returns the date itself for n = 0 on a working day, else the next working day', () => {
    expect(calendar.addWorkingDays('2025-01-27', 0)).toBe('2025-01-27');
    expect(calendar.addWorkingDays('2025-01-28', 0)).toBe('2025-02-05');
    expect(calendar.addWorkingDays('2025-02-08', 0)).toBe('2025-02-08'); // make-up Saturday
  });

  it('skips Spring Festival 2025: 3 working days after the last day before it', () => {
    expect(calendar.addWorkingDays('2025-01-27', 1)).toBe('2025-02-05');
    expect(calendar.addWorkingDays('2025-01-27', 3)).toBe('2025-02-07');
    expect(calendar.addWorkingDays('2025-01-27', 4)).toBe('2025-02-08');
    expect(calendar.addWorkingDays('2025-01-24', 1)).toBe('2025-01-26'); // Friday → make-up Sunday
  });

  it('counts from a holiday as if from the day before the next working day', () => {
    expect(calendar.addWorkingDays('2026-02-18', 1)).toBe('2026-02-24');
    // 8–12 October (12th a make-up Saturday) then 14–18 October.
    expect(calendar.addWorkingDays('2024-10-03', 10)).toBe('2024-10-18');
  });

  it('crosses year boundaries', () => {
    expect(calendar.addWorkingDays('2024-12-31', 1)).toBe('2025-01-02');
    expect(calendar.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04'); // 1–3 Jan off, Sunday 4 Jan make-up
    expect(calendar.addWorkingDays('2025-12-31', 2)).toBe('2026-01-05');
    expect(calendar.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04'); // 2027-01-01 stays off
    expect(calendar.addWorkingDays('2025-01-02', -1)).toBe('2024-12-31');
  });

  it('goes backwards for negative n', () => {
    expect(calendar.addWorkingDays('2025-02-05', -1)).toBe('2025-01-27');
    expect(calendar.addWorkingDays('2025-02-05', -2)).toBe('2025-01-26');
    expect(calendar.addWorkingDays('2024-10-08', -1)).toBe('2024-09-30');
    expect(calendar.addWorkingDays('2024-10-03', -1)).toBe('2024-09-30');
  });

  it('rejects non-integer counts and malformed dates', () => {
    expect(() => calendar.addWorkingDays('2025-01-01', 1.5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2025-01-01', Number.NaN)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2025/01/01', 1)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the half-open span (from, to]', () => {
    expect(calendar.workingDaysBetween('2025-01-27', '2025-01-27')).toBe(0);
    expect(calendar.workingDaysBetween('2025-01-27', '2025-02-05')).toBe(1);
    expect(calendar.workingDaysBetween('2025-02-05', '2025-01-27')).toBe(-1);
    expect(calendar.workingDaysBetween('2024-12-31', '2026-01-01')).toBe(248);
  });

  it('inverts addWorkingDays from every day of 2024–2027, forwards and backwards', () => {
    for (const date of dateRange('2024-01-01', '2027-12-31')) {
      for (const n of [1, 3, 10]) {
        const forward = calendar.addWorkingDays(date, n);
        expect(calendar.workingDaysBetween(date, forward)).toBe(n);
        expect(calendar.isWorkingDay(forward)).toBe(true);
        const backward = calendar.addWorkingDays(date, -n);
        expect(calendar.isWorkingDay(backward)).toBe(true);
        expect(calendar.workingDaysBetween(backward, date)).toBe(calendar.isWorkingDay(date) ? n : n - 1);
      }
    }
  });
});

describe('createWorkingDayCalendar', () => {
  it('refuses invalid data', () => {
    const bad: CalendarYear = {
      year: 2025,
      isProvisional: false,
      days: [{ date: '2025-05-01', kind: 'workday', name: '劳动节' }],
    };
    expect(() => createWorkingDayCalendar([bad])).toThrow(/STATUTORY_HOLIDAY_AS_WORKDAY/);
  });

  it('refuses a year given twice', () => {
    const [first] = builtInCalendarYears;
    if (first === undefined) throw new Error('no data');
    expect(() => createWorkingDayCalendar([first, first])).toThrow(/twice/);
  });

  it('lets an official schedule replace the provisional one', () => {
    // A made-up 2027 notice: one bridge day and one make-up Saturday around 元旦.
    const added: CalendarDay[] = [
      { date: '2027-01-04', kind: 'holiday', name: '元旦' },
      { date: '2027-01-09', kind: 'workday', name: '元旦' },
    ];
    const official: CalendarYear = {
      year: 2027,
      isProvisional: false,
      days: [...(builtInCalendarYears[3]?.days ?? []), ...added],
    };
    const updated = createWorkingDayCalendar([...builtInCalendarYears.slice(0, 3), official]);
    expect(updated.isProvisionalYear(2027)).toBe(false);
    expect(updated.addWorkingDays('2026-12-31', 1)).toBe('2027-01-05');
    expect(updated.isWorkingDay('2027-01-09')).toBe(true);
  });
});
