import type { WorkingDayCalendar } from '../../../platform/calendar/index.ts';

/** Who hears about an overdue hazard, in order: the owner first, then up the organisation. */
export const escalationChain = ['owner', 'unitLead', 'safetyManager', 'enterprisePrincipal'] as const;
export type EscalationTarget = (typeof escalationChain)[number];

/**
 * Working days overdue at which each level is reached: the owner on the first working day past
 * the deadline, the unit lead after 2, the safety manager after 3, the principal after 5.
 * Working days, so a deadline before the National Day holiday does not reach the principal
 * during it.
 */
export const escalationAfterWorkingDays: readonly number[] = [1, 2, 3, 5];

/**
 * The escalation level reached on `today` for a hazard due on `deadline` (0 = not overdue,
 * 1 = owner, … 4 = principal). The sweep notifies the targets of every level between the stored
 * level and this one, so a missed hour or day only delays a notice, never skips it.
 */
export function escalationLevel(calendar: WorkingDayCalendar, deadline: string, today: string): number {
  const late = calendar.workingDaysBetween(deadline, today);
  return escalationAfterWorkingDays.filter((n) => late >= n).length;
}

/** The targets newly reached when the level moves from `stored` to `now`. */
export function newTargets(stored: number, now: number): EscalationTarget[] {
  return escalationChain.slice(stored, Math.max(stored, now));
}

/** A deadline-approaching notice goes out on the last working day before the deadline. */
export function deadlineApproaching(calendar: WorkingDayCalendar, deadline: string, today: string): boolean {
  return today < deadline && calendar.workingDaysBetween(today, deadline) === 1;
}
