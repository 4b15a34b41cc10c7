import { describe, expect, it } from 'vitest';
import { builtInCalendarYears, createWorkingDayCalendar } from '../../../platform/calendar/index.ts';
import { assignDueOn, dueChip, isLate, verifyDueOn } from './assignment-deadlines.ts';

const calendar = createWorkingDayCalendar(builtInCalendarYears);

describe('the assignment deadline: 3 working days after the grading', () => {
  it('inside one week', () => {
    // Monday 2026-11-30 → Thursday 2026-12-03.
    expect(assignDueOn(calendar, '2026-11-30')).toBe('2026-12-03');
  });
  it('across a weekend', () => {
    // Thursday 2026-12-03 → Fri 4, Mon 7, Tue 8.
    expect(assignDueOn(calendar, '2026-12-03')).toBe('2026-12-08');
  });
  it('graded on a Saturday: the Monday is the first day', () => {
    expect(assignDueOn(calendar, '2026-12-05')).toBe('2026-12-09');
  });
  it('across the National Day holiday (and its make-up Saturday)', () => {
    // Tuesday 2026-09-29: Wed 30 counts, 1–7 October are holidays, then Thu 8 and Fri 9.
    expect(calendar.isWorkingDay('2026-10-05')).toBe(false);
    expect(assignDueOn(calendar, '2026-09-29')).toBe('2026-10-09');
  });
});

describe('the verification deadline: 10 working days after the request', () => {
  it('across two weekends', () => {
    // Monday 2026-11-30 → two weeks later, Monday 2026-12-14.
    expect(verifyDueOn(calendar, '2026-11-30')).toBe('2026-12-14');
  });
  it('across the New Year holiday', () => {
    // Wednesday 2026-12-30: Thu 31, then 1 January is a holiday.
    const due = verifyDueOn(calendar, '2026-12-30');
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false);
    expect(calendar.workingDaysBetween('2026-12-30', due)).toBe(10);
    expect(due > '2027-01-13').toBe(true);
  });
  it('across the National Day holiday', () => {
    // Monday 2026-09-28: Tue 29, Wed 30, then 8, 9 October… 10 working days end mid-October.
    const due = verifyDueOn(calendar, '2026-09-28');
    expect(calendar.workingDaysBetween('2026-09-28', due)).toBe(10);
    expect(due >= '2026-10-15').toBe(true);
  });
});

describe('the chip', () => {
  it('counts working days left, 0 on the day itself', () => {
    expect(dueChip(calendar, '2026-12-08', '2026-12-04')).toEqual({
      dueOn: '2026-12-08',
      workingDaysLeft: 2,
      overdueDays: null,
    });
    expect(dueChip(calendar, '2026-12-08', '2026-12-08').workingDaysLeft).toBe(0);
  });
  it('counts calendar days past it', () => {
    expect(dueChip(calendar, '2026-12-04', '2026-12-07')).toEqual({
      dueOn: '2026-12-04',
      workingDaysLeft: null,
      overdueDays: 3,
    });
  });
  it('late only after the last day', () => {
    expect(isLate('2026-12-08', '2026-12-08')).toBe(false);
    expect(isLate('2026-12-08', '2026-12-09')).toBe(true);
  });
});
