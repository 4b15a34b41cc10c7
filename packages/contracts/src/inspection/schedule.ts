import { z } from 'zod';

/**
 * The cycle unit of a check item. Finer than the national model (hour, day, month, year) because
 * plants plan by shift and by week; toNationalCycle maps ours on export.
 */
export const checkCycleUnit = z.enum(['hour', 'shift', 'day', 'week', 'month', 'quarter', 'year']);
export type CheckCycleUnit = z.infer<typeof checkCycleUnit>;

/** The four units the national task model knows (小时/天/月/年). */
export const nationalCheckCycleUnit = z.enum(['hour', 'day', 'month', 'year']);
export type NationalCheckCycleUnit = z.infer<typeof nationalCheckCycleUnit>;

/**
 * Which days a check is due on. Kept as names: the national codes differ between documents, so
 * they are mapped only at export (dayTypeNationalCode).
 */
export const workDayType = z.enum(['everyDay', 'workingDays', 'nonWorkingDays']);
export type WorkDayType = z.infer<typeof workDayType>;

/** Routine checks, or a steward's (包保责任人) by role. */
export const inspectionWorkType = z.enum(['routine', 'principal', 'technical', 'operational']);
export type InspectionWorkType = z.infer<typeof inspectionWorkType>;

export const inspectionTaskStatus = z.enum(['pending', 'done', 'notChecked']);
export type InspectionTaskStatus = z.infer<typeof inspectionTaskStatus>;

/** The national checkStatus of a record: 0 normal, 1 hazard found, 2 not checked, 3 other. */
export const checkStatus = z.enum(['normal', 'hazardFound', 'notChecked', 'other']);
export type CheckStatus = z.infer<typeof checkStatus>;
export const checkStatusNationalCode: Readonly<Record<CheckStatus, 0 | 1 | 2 | 3>> = {
  normal: 0,
  hazardFound: 1,
  notChecked: 2,
  other: 3,
};

/** One answer per checked item. */
export const checkAnswer = z.enum(['normal', 'abnormal', 'notApplicable']);
export type CheckAnswer = z.infer<typeof checkAnswer>;

/** 'HH:MM', 00:00–23:59; a window ends at most at 24:00. */
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
export const windowEnd = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'HH:MM');

/** Codes for workDayType as one published implementation has them (1 working, 2 non-working, 3 every day). */
export const dayTypeNationalCode: Readonly<Record<WorkDayType, 1 | 2 | 3>> = {
  workingDays: 1,
  nonWorkingDays: 2,
  everyDay: 3,
};

export const checkCycleUnitLabelZh: Readonly<Record<CheckCycleUnit, string>> = {
  hour: '小时',
  shift: '班',
  day: '天',
  week: '周',
  month: '月',
  quarter: '季度',
  year: '年',
};
