import { describe, expect, it } from 'vitest';
import { builtInCalendarYears, createWorkingDayCalendar } from '../../../platform/calendar/index.ts';
import { hazardDue } from './hazard-due.ts';

const calendar = createWorkingDayCalendar(builtInCalendarYears);

describe('the due-date chip of a hazard', () => {
  it('counts working days left, skipping the weekend', () => {
    // Friday 2026-12-04 → Tuesday 2026-12-08: Monday and Tuesday.
    expect(hazardDue(calendar, 'rectifying', '2026-12-08', '2026-12-04')).toEqual({
      workingDaysLeft: 2,
      overdueDays: null,
    });
  });

  it('says 0 working days on the deadline itself, and while waiting for acceptance', () => {
    expect(hazardDue(calendar, 'accepting', '2026-12-04', '2026-12-04')).toEqual({
      workingDaysLeft: 0,
      overdueDays: null,
    });
  });

  it('counts the days past the deadline in calendar days, weekends included', () => {
    expect(hazardDue(calendar, 'rectifying', '2026-12-04', '2026-12-07')).toEqual({
      workingDaysLeft: null,
      overdueDays: 3,
    });
  });

  it('skips the National Day holiday when counting working days', () => {
    // 2026-09-30 (Wed) → 2026-10-09 (Fri): the holiday week leaves only the 9th (and make-up days).
    const due = hazardDue(calendar, 'confirmed', '2026-10-09', '2026-09-30');
    expect(due?.workingDaysLeft).toBe(calendar.workingDaysBetween('2026-09-30', '2026-10-09'));
    expect(due?.workingDaysLeft).toBeLessThan(7);
  });

  it('has nothing to say without a deadline or once the hazard is no longer open', () => {
    expect(hazardDue(calendar, 'rectifying', null, '2026-12-04')).toBeNull();
    for (const state of ['closed', 'rejected', 'voided', 'merged', 'handedOver'] as const) {
      expect(hazardDue(calendar, state, '2026-12-01', '2026-12-04')).toBeNull();
    }
  });
});
