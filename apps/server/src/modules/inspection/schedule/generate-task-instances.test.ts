import { describe, expect, it } from 'vitest';
import { addDays, builtInCalendarYears, createWorkingDayCalendar } from '../../../platform/calendar/index.ts';
import type { Frequency } from './frequency.ts';
import {
  type OutOfServicePeriod,
  type ScheduleItem,
  generateTaskInstances,
  periodOf,
} from './generate-task-instances.ts';
import { shanghaiInstant } from './shanghai-time.ts';

const calendar = createWorkingDayCalendar(builtInCalendarYears);

function item(frequency: Partial<Frequency>, extra: Partial<ScheduleItem> = {}): ScheduleItem {
  return {
    id: 'item-1',
    unitId: 'unit-1',
    activeFrom: '2024-01-01',
    activeUntil: null,
    frequency: {
      checkCycle: 1,
      checkCycleUnit: 'day',
      workStartTime: null,
      workEndTime: null,
      dayType: 'everyDay',
      ...frequency,
    },
    ...extra,
  };
}

function run(items: ScheduleItem[], from: string, to: string, outOfService: OutOfServicePeriod[] = []) {
  return generateTaskInstances({ items, from, to, calendar, outOfService });
}
const dues = (tasks: { dueDate: string }[]) => tasks.map((t) => t.dueDate);
const periods = (tasks: { periodStart: string }[]) => tasks.map((t) => t.periodStart);

describe('day types against the working-day calendar', () => {
  // 2026: 1–3 January off (元旦), Sunday 4 January a make-up workday (调休上班).
  const from = '2025-12-29';
  const to = '2026-01-05';

  it('every day: each date', () => {
    expect(dues(run([item({})], from, to))).toHaveLength(8);
  });

  it('working days: skips the holiday and counts the make-up Sunday', () => {
    expect(dues(run([item({ dayType: 'workingDays' })], from, to))).toEqual([
      '2025-12-29',
      '2025-12-30',
      '2025-12-31',
      '2026-01-04',
      '2026-01-05',
    ]);
  });

  it('non-working days: the holiday and the weekend that is not made up', () => {
    expect(dues(run([item({ dayType: 'nonWorkingDays' })], from, to))).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
    ]);
  });

  it('a Saturday make-up workday (国庆 2026-10-10) is a working day', () => {
    expect(dues(run([item({ dayType: 'workingDays' })], '2026-10-01', '2026-10-11'))).toEqual([
      '2026-10-08',
      '2026-10-09',
      '2026-10-10',
    ]);
  });

  it('every N days counts from the item’s first date, whatever the day type skips', () => {
    const every3 = item({ checkCycle: 3 }, { activeFrom: '2026-12-02' });
    expect(dues(run([every3], '2026-12-01', '2026-12-12'))).toEqual([
      '2026-12-02',
      '2026-12-05',
      '2026-12-08',
      '2026-12-11',
    ]);
    // Sat 5 Dec is off: that period's task moves to its next working day, the 7th.
    const working = item({ checkCycle: 3, dayType: 'workingDays' }, { activeFrom: '2026-12-02' });
    expect(periods(run([working], '2026-12-01', '2026-12-12'))).toEqual([
      '2026-12-02',
      '2026-12-05',
      '2026-12-08',
      '2026-12-11',
    ]);
    expect(dues(run([working], '2026-12-01', '2026-12-12'))).toEqual([
      '2026-12-02',
      '2026-12-07',
      '2026-12-08',
      '2026-12-11',
    ]);
  });
});

describe('sub-day cycles', () => {
  it('every 2 hours inside the window, as Shanghai wall-clock instants', () => {
    const tasks = run(
      [item({ checkCycleUnit: 'hour', checkCycle: 2, workStartTime: '08:00', workEndTime: '17:00' })],
      '2026-12-03',
      '2026-12-03',
    );
    expect(periods(tasks)).toEqual([
      '2026-12-03T08:00',
      '2026-12-03T10:00',
      '2026-12-03T12:00',
      '2026-12-03T14:00',
      '2026-12-03T16:00',
    ]);
    expect(tasks[0]!.startsAt.toISOString()).toBe('2026-12-03T00:00:00.000Z');
    expect(tasks[0]!.endsAt.toISOString()).toBe('2026-12-03T02:00:00.000Z');
    // The last slot is cut at the window's end.
    expect(tasks[4]!.endsAt.toISOString()).toBe('2026-12-03T09:00:00.000Z');
    expect(tasks[0]!.key).toBe('item-1:2026-12-03T08:00');
  });

  it('hourly round the clock: 24 slots, the last ending at the next midnight', () => {
    const tasks = run(
      [item({ checkCycleUnit: 'hour', checkCycle: 1, workStartTime: '00:00', workEndTime: '24:00' })],
      '2026-12-31',
      '2026-12-31',
    );
    expect(tasks).toHaveLength(24);
    expect(tasks[23]!.endsAt).toEqual(shanghaiInstant('2027-01-01', '00:00'));
  });

  it('one check per shift: three 8-hour shifts without a window', () => {
    const tasks = run([item({ checkCycleUnit: 'shift' })], '2026-12-03', '2026-12-03');
    expect(periods(tasks)).toEqual(['2026-12-03T00:00', '2026-12-03T08:00', '2026-12-03T16:00']);
    expect(tasks[2]!.endsAt).toEqual(shanghaiInstant('2026-12-04', '00:00'));
  });

  it('hourly checks on working days only skip the holiday entirely', () => {
    const f = {
      checkCycleUnit: 'hour' as const,
      checkCycle: 4,
      workStartTime: '08:00',
      workEndTime: '16:00',
      dayType: 'workingDays' as const,
    };
    expect(dues(run([item(f)], '2026-01-01', '2026-01-04'))).toEqual(['2026-01-04', '2026-01-04']);
  });
});

describe('weeks, months, quarters and years', () => {
  it('weeks run Monday to Sunday; a run starting mid-week leaves that week to the run that covered its Monday', () => {
    const tasks = run([item({ checkCycleUnit: 'week' })], '2026-11-29', '2026-12-13');
    expect(periods(tasks)).toEqual(['2026-11-30', '2026-12-07']);
    expect(dues(tasks)).toEqual(['2026-11-30', '2026-12-07']);
    expect(tasks[0]!.endsAt).toEqual(shanghaiInstant('2026-12-07', '00:00'));
  });

  it('a working-day weekly check waits for the first working day after 国庆', () => {
    const tasks = run([item({ checkCycleUnit: 'week', dayType: 'workingDays' })], '2026-09-28', '2026-10-11');
    expect(dues(tasks)).toEqual(['2026-09-28', '2026-10-08']);
  });

  it('every 2 weeks counts from the week of the first date', () => {
    const tasks = run(
      [item({ checkCycleUnit: 'week', checkCycle: 2 }, { activeFrom: '2026-12-02' })],
      '2026-11-30',
      '2026-12-31',
    );
    expect(periods(tasks)).toEqual(['2026-11-30', '2026-12-14', '2026-12-28']);
    expect(dues(tasks)).toEqual(['2026-12-02', '2026-12-14', '2026-12-28']);
  });

  it('months end on their last day, 29 February in a leap year', () => {
    const tasks = run(
      [item({ checkCycleUnit: 'month', workStartTime: '08:00', workEndTime: '17:00' })],
      '2024-01-01',
      '2024-12-31',
    );
    expect(periods(tasks)).toHaveLength(12);
    expect(tasks[1]!.endsAt).toEqual(shanghaiInstant('2024-02-29', '17:00'));
    expect(periodOf(item({ checkCycleUnit: 'month' }).frequency, '2026-01-01', '2026-02-10').end).toBe(
      '2026-02-28',
    );
    expect(periodOf(item({ checkCycleUnit: 'month' }).frequency, '2026-01-01', '2026-12-31')).toEqual({
      start: '2026-12-01',
      end: '2026-12-31',
    });
  });

  it('a working-day monthly check in January 2026 falls on the make-up Sunday', () => {
    const tasks = run(
      [item({ checkCycleUnit: 'month', dayType: 'workingDays' })],
      '2026-01-01',
      '2026-02-28',
    );
    expect(dues(tasks)).toEqual(['2026-01-04', '2026-02-02']);
  });

  it('every 2 months from a mid-month start: the first period starts at once', () => {
    const tasks = run(
      [item({ checkCycleUnit: 'month', checkCycle: 2 }, { activeFrom: '2026-01-15' })],
      '2026-01-01',
      '2026-06-30',
    );
    expect(periods(tasks)).toEqual(['2026-01-01', '2026-03-01', '2026-05-01']);
    expect(dues(tasks)).toEqual(['2026-01-15', '2026-03-01', '2026-05-01']);
  });

  it('quarters start in January, April, July and October', () => {
    const tasks = run([item({ checkCycleUnit: 'quarter' })], '2026-01-01', '2026-12-31');
    expect(periods(tasks)).toEqual(['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']);
    expect(tasks[0]!.endsAt).toEqual(shanghaiInstant('2026-04-01', '00:00'));
    const working = run(
      [item({ checkCycleUnit: 'quarter', dayType: 'workingDays' })],
      '2026-10-01',
      '2026-12-31',
    );
    expect(dues(working)).toEqual(['2026-10-08']);
    const lateStart = run(
      [item({ checkCycleUnit: 'quarter' }, { activeFrom: '2026-05-20' })],
      '2026-01-01',
      '2026-12-31',
    );
    expect(dues(lateStart)).toEqual(['2026-05-20', '2026-07-01', '2026-10-01']);
  });

  it('half-yearly as 2 quarters, yearly and every 2 years', () => {
    expect(
      periods(run([item({ checkCycleUnit: 'quarter', checkCycle: 2 })], '2026-01-01', '2026-12-31')),
    ).toEqual(['2026-01-01', '2026-07-01']);
    const yearly = run([item({ checkCycleUnit: 'year' })], '2024-06-01', '2026-12-31');
    expect(dues(yearly)).toEqual(['2025-01-01', '2026-01-01']);
    expect(yearly[0]!.endsAt).toEqual(shanghaiInstant('2026-01-01', '00:00'));
    const leap = run(
      [item({ checkCycleUnit: 'year' }, { activeFrom: '2024-02-29' })],
      '2024-01-01',
      '2024-12-31',
    );
    expect(dues(leap)).toEqual(['2024-02-29']);
    const biennial = run(
      [item({ checkCycleUnit: 'year', checkCycle: 2 }, { activeFrom: '2024-06-01' })],
      '2024-01-01',
      '2027-12-31',
    );
    expect(periods(biennial)).toEqual(['2024-01-01', '2026-01-01']);
  });
});

describe('out of service (停用/检维修)', () => {
  const stop = (start: string, end: string | null, unitId = 'unit-1'): OutOfServicePeriod => ({
    unitId,
    start: shanghaiInstant(start, '00:00'),
    end: end === null ? null : shanghaiInstant(end, '00:00'),
  });

  it('pauses its unit only, from start up to its end', () => {
    const items = [item({}), item({}, { id: 'item-2', unitId: 'unit-2' })];
    const tasks = run(items, '2026-12-01', '2026-12-06', [stop('2026-12-03', '2026-12-05')]);
    expect(dues(tasks.filter((t) => t.itemId === 'item-1'))).toEqual([
      '2026-12-01',
      '2026-12-02',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(tasks.filter((t) => t.itemId === 'item-2')).toHaveLength(6);
  });

  it('an open period pauses until it is closed', () => {
    expect(run([item({})], '2026-12-01', '2026-12-31', [stop('2026-12-02', null)])).toHaveLength(1);
  });

  it('moves a weekly check past the stop and drops a period stopped throughout', () => {
    const weekly = item({ checkCycleUnit: 'week' });
    expect(dues(run([weekly], '2026-11-30', '2026-12-13', [stop('2026-11-30', '2026-12-02')]))).toEqual([
      '2026-12-02',
      '2026-12-07',
    ]);
    expect(dues(run([weekly], '2026-11-30', '2026-12-13', [stop('2026-11-30', '2026-12-07')]))).toEqual([
      '2026-12-07',
    ]);
  });

  it('stops hourly slots from the moment it starts', () => {
    const hourly = item({
      checkCycleUnit: 'hour',
      checkCycle: 2,
      workStartTime: '08:00',
      workEndTime: '16:00',
    });
    const tasks = run([hourly], '2026-12-03', '2026-12-03', [
      { unitId: 'unit-1', start: shanghaiInstant('2026-12-03', '11:30'), end: null },
    ]);
    expect(periods(tasks)).toEqual(['2026-12-03T08:00', '2026-12-03T10:00']);
  });
});

describe('retired and invalid items', () => {
  it('a retired item is due up to its last date only', () => {
    expect(dues(run([item({}, { activeUntil: '2026-12-02' })], '2026-12-01', '2026-12-05'))).toEqual([
      '2026-12-01',
      '2026-12-02',
    ]);
  });

  it('an item that cannot be scheduled yields nothing rather than a wrong task', () => {
    expect(run([item({ checkCycleUnit: 'hour' })], '2026-12-01', '2026-12-05')).toEqual([]);
    expect(run([item({ checkCycle: 0 })], '2026-12-01', '2026-12-05')).toEqual([]);
  });
});

describe('idempotence and catch-up', () => {
  const frequencies: Partial<Frequency>[] = [
    {},
    { dayType: 'workingDays' },
    { dayType: 'nonWorkingDays', checkCycle: 2 },
    {
      checkCycleUnit: 'hour',
      checkCycle: 3,
      workStartTime: '06:00',
      workEndTime: '22:00',
      dayType: 'workingDays',
    },
    { checkCycleUnit: 'shift' },
    { checkCycleUnit: 'week', dayType: 'workingDays' },
    { checkCycleUnit: 'week', checkCycle: 2 },
    { checkCycleUnit: 'month', dayType: 'workingDays' },
    { checkCycleUnit: 'month', checkCycle: 5 },
    { checkCycleUnit: 'quarter', dayType: 'nonWorkingDays' },
    { checkCycleUnit: 'year' },
  ];
  const items = frequencies.map((f, i) => item(f, { id: `item-${i}`, activeFrom: '2025-11-17' }));
  const stops = [
    {
      unitId: 'unit-1',
      start: shanghaiInstant('2026-02-10', '12:00'),
      end: shanghaiInstant('2026-03-02', '00:00'),
    },
  ];
  const whole = run(items, '2025-12-01', '2026-12-31', stops);

  it('running twice gives the same tasks', () => {
    expect(run(items, '2025-12-01', '2026-12-31', stops)).toEqual(whole);
  });

  it('keys are unique per (item, period start)', () => {
    expect(new Set(whole.map((t) => t.key)).size).toBe(whole.length);
  });

  it('day-by-day runs, and a catch-up after days of downtime, add up to one long run', () => {
    const byDay = [];
    for (let date = '2025-12-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
      byDay.push(...run(items, date, date, stops));
    }
    // Compared by key (a deep arrayContaining over thousands of tasks is quadratic and slow).
    const byKey = new Map(whole.map((task) => [task.key, task]));
    expect(byDay).toHaveLength(whole.length);
    for (const task of byDay) expect(task).toEqual(byKey.get(task.key));

    // Down from 5 to 19 June: the run on the 20th covers the gap and repeats nothing.
    const before = run(items, '2025-12-01', '2026-06-04', stops);
    const catchUp = run(items, '2026-06-05', '2026-06-20', stops);
    const after = run(items, '2026-06-21', '2026-12-31', stops);
    const keys = [...before, ...catchUp, ...after].map((t) => t.key).sort();
    expect(keys).toEqual(whole.map((t) => t.key).sort());
  });

  it('overlapping runs produce the same key for the same task', () => {
    const a = run(items, '2026-03-01', '2026-04-15', stops);
    const b = run(items, '2026-04-01', '2026-05-15', stops);
    const overlap = b.filter((t) => a.some((s) => s.key === t.key));
    for (const t of overlap) expect(a.find((s) => s.key === t.key)).toEqual(t);
  });
});
