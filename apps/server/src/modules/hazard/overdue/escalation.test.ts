import { describe, expect, it } from 'vitest';
import { builtInCalendarYears, createWorkingDayCalendar } from '../../../platform/calendar/index.ts';
import { deadlineApproaching, escalationLevel, newTargets } from './escalation.ts';

const calendar = createWorkingDayCalendar(builtInCalendarYears);

describe('overdue escalation on the working-day calendar', () => {
  it('climbs owner → unit lead → safety manager → principal by working days', () => {
    // Wed 2 Dec 2026 deadline.
    expect(escalationLevel(calendar, '2026-12-02', '2026-12-02')).toBe(0);
    expect(escalationLevel(calendar, '2026-12-02', '2026-12-03')).toBe(1);
    expect(escalationLevel(calendar, '2026-12-02', '2026-12-04')).toBe(2);
    // The weekend adds nothing.
    expect(escalationLevel(calendar, '2026-12-02', '2026-12-06')).toBe(2);
    expect(escalationLevel(calendar, '2026-12-02', '2026-12-07')).toBe(3);
    expect(escalationLevel(calendar, '2026-12-02', '2026-12-08')).toBe(3);
    expect(escalationLevel(calendar, '2026-12-02', '2026-12-09')).toBe(4);
  });

  it('does not escalate during the National Day holiday', () => {
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-07')).toBe(false);
    expect(escalationLevel(calendar, '2026-09-30', '2026-10-07')).toBe(0);
    expect(escalationLevel(calendar, '2026-09-30', '2026-10-08')).toBe(1);
  });

  it('names every target newly reached, none twice', () => {
    expect(newTargets(0, 1)).toEqual(['owner']);
    expect(newTargets(1, 3)).toEqual(['unitLead', 'safetyManager']);
    expect(newTargets(4, 4)).toEqual([]);
    expect(newTargets(3, 2)).toEqual([]);
  });

  it('warns on the last working day before the deadline', () => {
    // Monday deadline: Friday is the last working day before it.
    expect(deadlineApproaching(calendar, '2026-12-07', '2026-12-04')).toBe(true);
    expect(deadlineApproaching(calendar, '2026-12-07', '2026-12-03')).toBe(false);
    expect(deadlineApproaching(calendar, '2026-12-07', '2026-12-07')).toBe(false);
  });
});
