import { describe, expect, it } from 'vitest';
import { type Frequency, toNationalCycle, validateFrequency } from './frequency.ts';

const base: Frequency = {
  checkCycle: 1,
  checkCycleUnit: 'day',
  workStartTime: null,
  workEndTime: null,
  dayType: 'everyDay',
};
const codes = (f: Partial<Frequency>) =>
  validateFrequency({ ...base, ...f }).map((p) => `${p.field}:${p.code}`);

describe('validateFrequency', () => {
  it('accepts a whole number of any unit above zero', () => {
    for (const unit of ['day', 'week', 'month', 'quarter', 'year', 'shift'] as const) {
      expect(codes({ checkCycleUnit: unit, checkCycle: 1 })).toEqual([]);
    }
    expect(codes({ checkCycle: 3, checkCycleUnit: 'year' })).toEqual([]);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.MAX_VALUE])('refuses checkCycle %s', (checkCycle) => {
    expect(codes({ checkCycle })).toEqual(['checkCycle:CYCLE_NOT_POSITIVE_INTEGER']);
  });

  it('requires a window for hourly cycles only', () => {
    expect(codes({ checkCycleUnit: 'hour', checkCycle: 2 })).toEqual(['workStartTime:WINDOW_REQUIRED']);
    expect(codes({ checkCycleUnit: 'hour', checkCycle: 2, workStartTime: '08:00' })).toEqual([
      'workEndTime:WINDOW_REQUIRED',
    ]);
    expect(
      codes({ checkCycleUnit: 'hour', checkCycle: 2, workStartTime: '08:00', workEndTime: '18:00' }),
    ).toEqual([]);
    expect(codes({ checkCycleUnit: 'shift' })).toEqual([]);
  });

  it('refuses half a window on any unit', () => {
    expect(codes({ workEndTime: '17:00' })).toEqual(['workStartTime:WINDOW_REQUIRED']);
  });

  it('refuses malformed, empty and reversed windows; 24:00 ends a day', () => {
    expect(codes({ workStartTime: '8:00', workEndTime: '17:00' })).toEqual([
      'workStartTime:WINDOW_MALFORMED',
    ]);
    expect(codes({ workStartTime: '24:00', workEndTime: '24:00' })).toEqual([
      'workStartTime:WINDOW_MALFORMED',
    ]);
    expect(codes({ workStartTime: '08:00', workEndTime: '25:00' })).toEqual(['workEndTime:WINDOW_MALFORMED']);
    expect(codes({ workStartTime: '08:00', workEndTime: '08:00' })).toEqual(['workEndTime:WINDOW_EMPTY']);
    expect(codes({ workStartTime: '20:00', workEndTime: '06:00' })).toEqual(['workEndTime:WINDOW_EMPTY']);
    expect(codes({ workStartTime: '00:00', workEndTime: '24:00' })).toEqual([]);
  });

  it('keeps sub-day cycles inside a day', () => {
    const window = { workStartTime: '00:00', workEndTime: '24:00' };
    expect(codes({ checkCycleUnit: 'hour', checkCycle: 24, ...window })).toEqual([]);
    expect(codes({ checkCycleUnit: 'hour', checkCycle: 25, ...window })).toEqual([
      'checkCycle:CYCLE_TOO_LONG',
    ]);
    expect(codes({ checkCycleUnit: 'shift', checkCycle: 3 })).toEqual([]);
    expect(codes({ checkCycleUnit: 'shift', checkCycle: 4 })).toEqual(['checkCycle:CYCLE_TOO_LONG']);
    expect(validateFrequency({ ...base, checkCycleUnit: 'shift', checkCycle: 2 }, 12)).toEqual([]);
  });
});

describe('toNationalCycle', () => {
  it.each([
    ['hour', 2, 2, 'hour'],
    ['shift', 1, 8, 'hour'],
    ['shift', 3, 24, 'hour'],
    ['day', 1, 1, 'day'],
    ['day', 10, 10, 'day'],
    ['week', 1, 7, 'day'],
    ['week', 2, 14, 'day'],
    ['month', 1, 1, 'month'],
    ['month', 6, 6, 'month'],
    ['quarter', 1, 3, 'month'],
    ['quarter', 2, 6, 'month'],
    ['year', 1, 1, 'year'],
    ['year', 3, 3, 'year'],
  ] as const)('%s × %i → %i %s', (unit, n, checkCycle, checkCycleUnit) => {
    expect(toNationalCycle({ checkCycle: n, checkCycleUnit: unit })).toEqual({ checkCycle, checkCycleUnit });
  });

  it('maps shifts by the plant’s shift length', () => {
    expect(toNationalCycle({ checkCycle: 1, checkCycleUnit: 'shift' }, 12)).toEqual({
      checkCycle: 12,
      checkCycleUnit: 'hour',
    });
  });
});
