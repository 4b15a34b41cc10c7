export type { CalendarDay, CalendarYear } from './calendar-types.ts';
export { builtInCalendarYears } from './holidays-data.ts';
export { createWorkingDayCalendar } from './working-days.ts';
export type { WorkingDayCalendar } from './working-days.ts';
export { validateCalendarYear } from './validate-calendar-year.ts';
export type { CalendarValidationCode, CalendarValidationError } from './validate-calendar-year.ts';
export { provisionalCalendarYear, statutoryHolidays, STATUTORY_YEARS } from './statutory-holidays.ts';
export type { StatutoryHoliday } from './statutory-holidays.ts';
export {
  addDays,
  dayOfWeek,
  fromDayNumber,
  isCivilDate,
  shanghaiCivilDate,
  toDayNumber,
} from './civil-date.ts';
export {
  addWorkingDays,
  findCalendarYear,
  getWorkingDayCalendar,
  listCalendarYears,
  saveCalendarYear,
  seedCalendarIfEmpty,
} from './calendar-repository.ts';
export type { CalendarYearSummary } from './calendar-repository.ts';
