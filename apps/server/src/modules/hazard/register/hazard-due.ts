import type { HazardDue, HazardState } from '@shuangkong/contracts';
import type { WorkingDayCalendar } from '../../../platform/calendar/index.ts';
import { isOverdue, openStates } from '../hazard.state.ts';

/**
 * What the due-date chip says: working days left until the deadline (剩余 N 个工作日; 0 on the day
 * itself), or calendar days past it (逾期 N 天). Nothing for a hazard without a deadline or no
 * longer open. Working days come from the calendar because the escalation runs on working days;
 * lateness is counted in calendar days because that is how regulators count it.
 */
export function hazardDue(
  calendar: Pick<WorkingDayCalendar, 'workingDaysBetween'>,
  state: HazardState,
  deadline: string | null,
  today: string,
): HazardDue | null {
  if (deadline === null || !openStates.includes(state)) return null;
  if (isOverdue(state, deadline, today)) {
    const days = Math.round(
      (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${deadline}T00:00:00Z`)) / 86_400_000,
    );
    return { overdueDays: days, workingDaysLeft: null };
  }
  return { overdueDays: null, workingDaysLeft: calendar.workingDaysBetween(today, deadline) };
}
