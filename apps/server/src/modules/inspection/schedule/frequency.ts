import type { CheckCycleUnit, NationalCheckCycleUnit, WorkDayType } from '@shuangkong/contracts';

/**
 * How often an item is checked: every `checkCycle` × `checkCycleUnit`, inside the daily work
 * window, on the days `dayType` allows. Times are Asia/Shanghai wall-clock 'HH:MM'.
 */
export type Frequency = {
  checkCycle: number;
  checkCycleUnit: CheckCycleUnit;
  /** Required for hourly and shift cycles: the slots are laid out inside it. */
  workStartTime: string | null;
  /** Up to '24:00'; a window crossing midnight is two items (the night part starts at 00:00). */
  workEndTime: string | null;
  dayType: WorkDayType;
};

/** Hours in one shift when a plant works three shifts a day; shift cycles are laid out by it. */
export const DEFAULT_SHIFT_HOURS = 8;

export type FrequencyProblem = {
  field: 'checkCycle' | 'workStartTime' | 'workEndTime';
  code:
    'CYCLE_NOT_POSITIVE_INTEGER' | 'CYCLE_TOO_LONG' | 'WINDOW_REQUIRED' | 'WINDOW_MALFORMED' | 'WINDOW_EMPTY';
};

const START = /^([01]\d|2[0-3]):[0-5]\d$/;
const END = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** Minutes after midnight of 'HH:MM' (24:00 → 1440). */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * What is wrong with a frequency, empty when it can be scheduled. Sub-day cycles must fit in a day,
 * because slots restart each day at the window's start.
 */
export function validateFrequency(
  frequency: Frequency,
  shiftHours = DEFAULT_SHIFT_HOURS,
): FrequencyProblem[] {
  const problems: FrequencyProblem[] = [];
  const { checkCycle, checkCycleUnit, workStartTime, workEndTime } = frequency;
  if (!Number.isSafeInteger(checkCycle) || checkCycle <= 0) {
    problems.push({ field: 'checkCycle', code: 'CYCLE_NOT_POSITIVE_INTEGER' });
  } else if (
    (checkCycleUnit === 'hour' && checkCycle > 24) ||
    (checkCycleUnit === 'shift' && checkCycle * shiftHours > 24)
  ) {
    problems.push({ field: 'checkCycle', code: 'CYCLE_TOO_LONG' });
  }
  const needsWindow = checkCycleUnit === 'hour';
  if (workStartTime === null || workEndTime === null) {
    if (needsWindow) {
      problems.push({
        field: workStartTime === null ? 'workStartTime' : 'workEndTime',
        code: 'WINDOW_REQUIRED',
      });
    } else if (workStartTime !== workEndTime) {
      // Half a window cannot be laid out; both or neither.
      problems.push({
        field: workStartTime === null ? 'workStartTime' : 'workEndTime',
        code: 'WINDOW_REQUIRED',
      });
    }
    return problems;
  }
  if (!START.test(workStartTime)) problems.push({ field: 'workStartTime', code: 'WINDOW_MALFORMED' });
  else if (!END.test(workEndTime)) problems.push({ field: 'workEndTime', code: 'WINDOW_MALFORMED' });
  else if (minutesOf(workEndTime) <= minutesOf(workStartTime)) {
    problems.push({ field: 'workEndTime', code: 'WINDOW_EMPTY' });
  }
  return problems;
}

export type NationalCycle = { checkCycle: number; checkCycleUnit: NationalCheckCycleUnit };

/**
 * Our cycle in the national model's four units, for export: a shift becomes its hours, a week
 * seven days, a quarter three months. Same period length, so the exported task means the same.
 */
export function toNationalCycle(
  frequency: Pick<Frequency, 'checkCycle' | 'checkCycleUnit'>,
  shiftHours = DEFAULT_SHIFT_HOURS,
): NationalCycle {
  const n = frequency.checkCycle;
  switch (frequency.checkCycleUnit) {
    case 'hour':
      return { checkCycle: n, checkCycleUnit: 'hour' };
    case 'shift':
      return { checkCycle: n * shiftHours, checkCycleUnit: 'hour' };
    case 'day':
      return { checkCycle: n, checkCycleUnit: 'day' };
    case 'week':
      return { checkCycle: n * 7, checkCycleUnit: 'day' };
    case 'month':
      return { checkCycle: n, checkCycleUnit: 'month' };
    case 'quarter':
      return { checkCycle: n * 3, checkCycleUnit: 'month' };
    case 'year':
      return { checkCycle: n, checkCycleUnit: 'year' };
  }
}
