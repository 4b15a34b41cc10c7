import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../api/calendar-api.ts';
import { isDayOff, monthGrid, setDay } from './calendar-grid.ts';

describe('monthGrid', () => {
  it('starts October 2026 on a Thursday', () => {
    const weeks = monthGrid(2026, 10);
    expect(weeks[0]?.slice(0, 4)).toEqual([null, null, null, null]);
    expect(weeks[0]?.[4]).toEqual({ date: '2026-10-01', day: 1, weekday: 4 });
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });
  it('knows leap Februaries', () => {
    expect(monthGrid(2028, 2).flat().filter(Boolean)).toHaveLength(29);
    expect(monthGrid(2027, 2).flat().filter(Boolean)).toHaveLength(28);
  });
});

describe('setDay', () => {
  const days: CalendarDay[] = [{ date: '2026-10-01', kind: 'holiday', name: '国庆节' }];
  it('adds in date order and replaces an existing day', () => {
    const added = setDay(days, '2026-09-27', 'workday', '国庆节调休');
    expect(added.map((d) => d.date)).toEqual(['2026-09-27', '2026-10-01']);
    expect(setDay(added, '2026-10-01', 'holiday', '国庆')).toContainEqual({
      date: '2026-10-01',
      kind: 'holiday',
      name: '国庆',
    });
  });
  it('clears a day', () => {
    expect(setDay(days, '2026-10-01', null, '')).toEqual([]);
  });
});

describe('isDayOff', () => {
  const byDate = new Map<string, CalendarDay>([
    ['2026-09-27', { date: '2026-09-27', kind: 'workday', name: '调休' }],
    ['2026-10-01', { date: '2026-10-01', kind: 'holiday', name: '国庆节' }],
  ]);
  it('follows holidays, make-up workdays and weekends', () => {
    expect(isDayOff({ date: '2026-10-01', weekday: 4 }, byDate)).toBe(true);
    expect(isDayOff({ date: '2026-09-27', weekday: 0 }, byDate)).toBe(false);
    expect(isDayOff({ date: '2026-10-10', weekday: 6 }, byDate)).toBe(true);
    expect(isDayOff({ date: '2026-10-12', weekday: 1 }, byDate)).toBe(false);
  });
});
