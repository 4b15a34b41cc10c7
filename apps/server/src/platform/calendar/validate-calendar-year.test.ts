import { describe, expect, it } from 'vitest';
import type { CalendarDay, CalendarYear } from './calendar-types.ts';
import { builtInCalendarYears } from './holidays-data.ts';
import { provisionalCalendarYear } from './statutory-holidays.ts';
import { validateCalendarYear } from './validate-calendar-year.ts';

const year2025 = builtInCalendarYears.find((year) => year.year === 2025);

function edit2025(change: (days: CalendarDay[]) => CalendarDay[]): CalendarYear {
  if (year2025 === undefined) throw new Error('2025 missing');
  return { ...year2025, days: change(year2025.days.map((day) => ({ ...day }))) };
}

function codes(year: CalendarYear): string[] {
  return validateCalendarYear(year).map((error) => error.code);
}

describe('validateCalendarYear', () => {
  it('refuses a statutory holiday turned into a workday, naming the field', () => {
    const year = edit2025((days) =>
      days.map((day) => (day.date === '2025-10-01' ? { ...day, kind: 'workday' } : day)),
    );
    const errors = validateCalendarYear(year);
    const index = year.days.findIndex((day) => day.date === '2025-10-01');
    expect(errors).toContainEqual(
      expect.objectContaining({
        code: 'STATUTORY_HOLIDAY_AS_WORKDAY',
        date: '2025-10-01',
        path: ['days', index, 'kind'],
      }),
    );
    // 1 October 2025 is a Wednesday, so it is also a make-up workday on a weekday.
    expect(codes(year)).toContain('WORKDAY_ON_WEEKDAY');
  });

  it('refuses a statutory holiday on a weekend turned into a workday', () => {
    // 清明 2026 is Sunday 5 April: off anyway, yet it may not be made a workday either.
    const year2026 = builtInCalendarYears.find((year) => year.year === 2026);
    if (year2026 === undefined) throw new Error('2026 missing');
    const edited: CalendarYear = {
      ...year2026,
      days: year2026.days.map((day) => (day.date === '2026-04-05' ? { ...day, kind: 'workday' } : day)),
    };
    expect(codes(edited)).toEqual(['STATUTORY_HOLIDAY_AS_WORKDAY']);
  });

  it('refuses a schedule that drops a statutory holiday on a weekday', () => {
    const year = edit2025((days) => days.filter((day) => day.date !== '2025-01-28'));
    expect(validateCalendarYear(year)).toEqual([
      expect.objectContaining({
        code: 'STATUTORY_HOLIDAY_MISSING',
        date: '2025-01-28',
        path: ['days'],
      }),
    ]);
  });

  it('accepts dropping a statutory holiday that falls on a weekend', () => {
    // 端午 2025 is Saturday 31 May: leaving it out changes no working day.
    expect(codes(edit2025((days) => days.filter((day) => day.date !== '2025-05-31')))).toEqual([]);
  });

  it('refuses a make-up workday on a weekday', () => {
    const year = edit2025((days) => [...days, { date: '2025-03-05', kind: 'workday', name: '测试' }]);
    expect(codes(year)).toEqual(['WORKDAY_ON_WEEKDAY']);
  });

  it('refuses malformed, foreign and duplicate dates and empty names', () => {
    const year = edit2025((days) => [
      ...days,
      { date: '2025-02-30', kind: 'holiday', name: '坏日期' },
      { date: '2024-12-31', kind: 'holiday', name: '去年' },
      { date: '2025-01-01', kind: 'holiday', name: '元旦' },
      { date: '2025-03-03', kind: 'holiday', name: '  ' },
    ]);
    const errors = validateCalendarYear(year);
    const n = year.days.length;
    expect(errors).toEqual([
      expect.objectContaining({ code: 'DATE_INVALID', path: ['days', n - 4, 'date'] }),
      expect.objectContaining({ code: 'DATE_OUTSIDE_YEAR', path: ['days', n - 3, 'date'] }),
      expect.objectContaining({ code: 'DATE_DUPLICATE', path: ['days', n - 2, 'date'] }),
      expect.objectContaining({ code: 'NAME_EMPTY', path: ['days', n - 1, 'name'] }),
    ]);
  });

  it('refuses a year that is not an integer calendar year', () => {
    expect(codes({ year: 2025.5, isProvisional: false, days: [] })).toEqual(['YEAR_INVALID']);
    expect(codes({ year: 0, isProvisional: false, days: [] })).toEqual(['YEAR_INVALID']);
  });

  it('reports years whose statutory holidays are unknown', () => {
    expect(codes({ year: 2036, isProvisional: true, days: [] })).toEqual(['STATUTORY_DATES_UNKNOWN']);
  });

  it('demands the statutory days even of an empty provisional year', () => {
    const errors = validateCalendarYear({ year: 2027, isProvisional: true, days: [] });
    // Weekday statutory days of 2027: 1 Jan, 5 and 8 Feb, 5 Apr, 9 Jun, 15 Sep, 1 Oct.
    expect(errors.map((error) => error.date)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-08',
      '2027-04-05',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
    ]);
  });

  it('accepts every derived provisional year in the table', () => {
    for (let year = 2024; year <= 2035; year += 1) {
      const provisional = provisionalCalendarYear(year);
      expect(provisional).not.toBeNull();
      if (provisional !== null) expect(validateCalendarYear(provisional), String(year)).toEqual([]);
    }
  });
});
