import type { CalendarYear } from './calendar-types.ts';
import { isCivilDate, isWeekend, yearOf } from './civil-date.ts';
import { STATUTORY_YEARS, statutoryHolidays } from './statutory-holidays.ts';

export type CalendarValidationCode =
  | 'YEAR_INVALID'
  | 'DATE_INVALID'
  | 'DATE_OUTSIDE_YEAR'
  | 'DATE_DUPLICATE'
  | 'NAME_EMPTY'
  | 'WORKDAY_ON_WEEKDAY'
  | 'STATUTORY_HOLIDAY_AS_WORKDAY'
  | 'STATUTORY_HOLIDAY_MISSING'
  | 'STATUTORY_DATES_UNKNOWN';

export type CalendarValidationError = {
  code: CalendarValidationCode;
  /** Field path in the CalendarYear, as in a zod issue: ['days', 3, 'date']. */
  path: (string | number)[];
  /** The date concerned, when there is one. */
  date?: string;
  /** English detail for logs; the UI translates `code`. */
  message: string;
};

/**
 * Checks a year's schedule before it is saved or used: well-formed unique dates inside the year,
 * make-up workdays only on weekends, and every fixed statutory holiday off. An empty array means
 * the year is usable.
 */
export function validateCalendarYear(calendarYear: CalendarYear): CalendarValidationError[] {
  const { year, days } = calendarYear;
  if (!Number.isInteger(year) || year < 1949 || year > 9999) {
    return [{ code: 'YEAR_INVALID', path: ['year'], message: `Year ${year} is not a calendar year` }];
  }
  const errors: CalendarValidationError[] = [];
  const kindByDate = new Map<string, 'holiday' | 'workday'>();

  days.forEach((day, index) => {
    const { date } = day;
    if (!isCivilDate(date)) {
      errors.push({
        code: 'DATE_INVALID',
        path: ['days', index, 'date'],
        date,
        message: `"${date}" is not a YYYY-MM-DD date`,
      });
      return;
    }
    if (day.name.trim() === '') {
      errors.push({
        code: 'NAME_EMPTY',
        path: ['days', index, 'name'],
        date,
        message: `${date} has no name`,
      });
    }
    if (yearOf(date) !== year) {
      errors.push({
        code: 'DATE_OUTSIDE_YEAR',
        path: ['days', index, 'date'],
        date,
        message: `${date} is not in ${year}`,
      });
      return;
    }
    if (kindByDate.has(date)) {
      errors.push({
        code: 'DATE_DUPLICATE',
        path: ['days', index, 'date'],
        date,
        message: `${date} is listed twice`,
      });
      return;
    }
    kindByDate.set(date, day.kind);
    if (day.kind === 'workday' && !isWeekend(date)) {
      errors.push({
        code: 'WORKDAY_ON_WEEKDAY',
        path: ['days', index, 'kind'],
        date,
        message: `${date} is a weekday, so it cannot be a make-up workday`,
      });
    }
  });

  const statutory = statutoryHolidays(year);
  if (statutory === null) {
    errors.push({
      code: 'STATUTORY_DATES_UNKNOWN',
      path: ['year'],
      message: `Statutory holidays are known for ${STATUTORY_YEARS.first}–${STATUTORY_YEARS.last} only; add ${year} to the lunar table`,
    });
    return errors;
  }
  for (const holiday of statutory) {
    const kind = kindByDate.get(holiday.date);
    if (kind === 'workday') {
      const index = days.findIndex((day) => day.date === holiday.date);
      errors.push({
        code: 'STATUTORY_HOLIDAY_AS_WORKDAY',
        path: ['days', index, 'kind'],
        date: holiday.date,
        message: `${holiday.date} (${holiday.name}) is a statutory holiday and cannot be a workday`,
      });
    } else if (kind === undefined && !isWeekend(holiday.date)) {
      errors.push({
        code: 'STATUTORY_HOLIDAY_MISSING',
        path: ['days'],
        date: holiday.date,
        message: `${holiday.date} (${holiday.name}) is a statutory holiday on a weekday but is not listed`,
      });
    }
  }
  return errors;
}
