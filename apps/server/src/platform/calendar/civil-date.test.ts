import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateRange,
  dayOfWeek,
  fromDayNumber,
  isCivilDate,
  isWeekend,
  toDayNumber,
  yearOf,
} from './civil-date.ts';

describe('civil dates', () => {
  it.each(['2024-02-29', '2025-12-31', '2000-02-29', '1970-01-01'])('accepts %s', (date) => {
    expect(isCivilDate(date)).toBe(true);
  });

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-1-01',
    '20250101',
    '2025-01-01T00:00',
    ' 2025-01-01',
    '',
  ])('rejects %j', (date) => {
    expect(isCivilDate(date)).toBe(false);
    expect(() => toDayNumber(date)).toThrow(RangeError);
  });

  it('numbers days from 1970-01-01 and back', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(fromDayNumber(toDayNumber('2026-02-17'))).toBe('2026-02-17');
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek('2025-01-01')).toBe(3); // Wednesday
    expect(dayOfWeek('2026-02-14')).toBe(6); // Saturday
    expect(dayOfWeek('2024-09-29')).toBe(0); // Sunday
    expect(dayOfWeek('1969-12-28')).toBe(0);
    expect(isWeekend('2025-01-26')).toBe(true);
    expect(isWeekend('2025-01-27')).toBe(false);
  });

  it('adds days across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-03-30', 0)).toBe('2025-03-30');
  });

  it('lists inclusive ranges', () => {
    expect(dateRange('2024-12-30', '2025-01-02')).toEqual([
      '2024-12-30',
      '2024-12-31',
      '2025-01-01',
      '2025-01-02',
    ]);
    expect(dateRange('2025-01-02', '2025-01-01')).toEqual([]);
    expect(yearOf('2027-10-01')).toBe(2027);
  });
});
