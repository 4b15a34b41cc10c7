import type { AssignmentDue } from '@shuangkong/contracts';
import type { WorkingDayCalendar } from '../../../platform/calendar/index.ts';

/** Seed 002 交办制: the letter goes out within 3 working days of the grading. */
export const ASSIGN_WITHIN_WORKING_DAYS = 3;
/** Seed 002 销号制: the assigning regulator verifies within 10 working days of the request. */
export const VERIFY_WITHIN_WORKING_DAYS = 10;
/** What the letter asks by default: the enterprise reports its control within 10 working days. */
export const RESPOND_WITHIN_WORKING_DAYS = 10;

type Calendar = Pick<WorkingDayCalendar, 'addWorkingDays' | 'workingDaysBetween'>;

/** The last day to assign a risk graded on `gradedOn` (the grading day itself does not count). */
export function assignDueOn(calendar: Calendar, gradedOn: string): string {
  return calendar.addWorkingDays(gradedOn, ASSIGN_WITHIN_WORKING_DAYS);
}

/** The last day to verify a close-out requested on `requestedOn`. */
export function verifyDueOn(calendar: Calendar, requestedOn: string): string {
  return calendar.addWorkingDays(requestedOn, VERIFY_WITHIN_WORKING_DAYS);
}

/** Late when the day it happened (or today, while still open) is after the last day. */
export function isLate(dueOn: string, day: string): boolean {
  return day > dueOn;
}

/**
 * The chip: working days left until the last day (0 on the day itself), or calendar days past it,
 * counted the way hazard counts its deadlines.
 */
export function dueChip(calendar: Calendar, dueOn: string, today: string): AssignmentDue {
  if (isLate(dueOn, today)) {
    const days = Math.round(
      (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / 86_400_000,
    );
    return { dueOn, workingDaysLeft: null, overdueDays: days };
  }
  return { dueOn, workingDaysLeft: calendar.workingDaysBetween(today, dueOn), overdueDays: null };
}
