/**
 * One exception to the Monday–Friday week. 'holiday' is a day off inside an official holiday
 * period (it may also name a weekend day of that period, which is off anyway); 'workday' is a
 * make-up working day (调休上班) that falls on a weekend.
 */
export type CalendarDay = {
  /** 'YYYY-MM-DD', an Asia/Shanghai civil date. */
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
};

/**
 * A year's exceptions. A provisional year carries only the fixed statutory holidays because the
 * State Council has not yet published its schedule; an administrator replaces it when it does.
 */
export type CalendarYear = {
  year: number;
  isProvisional: boolean;
  days: CalendarDay[];
};
