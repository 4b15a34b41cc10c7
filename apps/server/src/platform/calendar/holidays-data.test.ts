import { describe, expect, it } from 'vitest';
import type { CalendarYear } from './calendar-types.ts';
import { dayOfWeek, isWeekend } from './civil-date.ts';
import { builtInCalendarYears } from './holidays-data.ts';
import { provisionalCalendarYear, statutoryHolidays } from './statutory-holidays.ts';
import { validateCalendarYear } from './validate-calendar-year.ts';

function yearData(year: number): CalendarYear {
  const found = builtInCalendarYears.find((candidate) => candidate.year === year);
  if (found === undefined) throw new Error(`no data for ${year}`);
  return found;
}

function dates(year: number, kind: 'holiday' | 'workday', name?: string): string[] {
  return yearData(year)
    .days.filter((day) => day.kind === kind && (name === undefined || day.name === name))
    .map((day) => day.date);
}

describe('built-in calendar years', () => {
  it('covers 2024–2027 with 2027 provisional', () => {
    expect(builtInCalendarYears.map(({ year, isProvisional }) => ({ year, isProvisional }))).toEqual([
      { year: 2024, isProvisional: false },
      { year: 2025, isProvisional: false },
      { year: 2026, isProvisional: false },
      { year: 2027, isProvisional: true },
    ]);
  });

  it.each(builtInCalendarYears.map((year) => [year.year, year] as const))(
    '%i passes validation',
    (_, year) => {
      expect(validateCalendarYear(year)).toEqual([]);
    },
  );

  it('lists days in date order', () => {
    for (const year of builtInCalendarYears) {
      const list = year.days.map((day) => day.date);
      expect([...list].sort()).toEqual(list);
    }
  });

  it('puts every make-up workday on a weekend and never on a statutory holiday', () => {
    for (const year of builtInCalendarYears) {
      const statutory = new Set((statutoryHolidays(year.year) ?? []).map((day) => day.date));
      for (const day of year.days.filter((d) => d.kind === 'workday')) {
        expect(isWeekend(day.date), day.date).toBe(true);
        expect(statutory.has(day.date), day.date).toBe(false);
      }
    }
  });

  // "共N天" and the "上班" dates of each notice.
  it.each([
    [2024, '春节', 8, ['2024-02-04', '2024-02-18']],
    [2024, '清明节', 3, ['2024-04-07']],
    [2024, '劳动节', 5, ['2024-04-28', '2024-05-11']],
    [2024, '端午节', 1, []],
    [2024, '中秋节', 3, ['2024-09-14']],
    [2024, '国庆节', 7, ['2024-09-29', '2024-10-12']],
    [2025, '元旦', 1, []],
    [2025, '春节', 8, ['2025-01-26', '2025-02-08']],
    [2025, '清明节', 3, []],
    [2025, '劳动节', 5, ['2025-04-27']],
    [2025, '端午节', 3, []],
    [2025, '国庆节、中秋节', 8, ['2025-09-28', '2025-10-11']],
    [2026, '元旦', 3, ['2026-01-04']],
    [2026, '春节', 9, ['2026-02-14', '2026-02-28']],
    [2026, '清明节', 3, []],
    [2026, '劳动节', 5, ['2026-05-09']],
    [2026, '端午节', 3, []],
    [2026, '中秋节', 3, []],
    [2026, '国庆节', 7, ['2026-09-20', '2026-10-10']],
  ] as const)('%i %s: %i days off, work on %j', (year, name, daysOff, workdays) => {
    expect(dates(year, 'holiday', name)).toHaveLength(daysOff);
    expect(dates(year, 'workday', name)).toEqual(workdays);
  });

  it('keeps 2024 除夕 (9 Feb) a working Friday, as the 2013 rules did', () => {
    expect(dates(2024, 'holiday')).not.toContain('2024-02-09');
    expect(dayOfWeek('2024-02-09')).toBe(5);
  });

  it('has 2027 exactly as its statutory holidays', () => {
    expect(yearData(2027)).toEqual(provisionalCalendarYear(2027));
  });
});
