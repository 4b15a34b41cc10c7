import { z } from 'zod';
import { isoDate } from '../common.ts';
import { checkStatus, inspectionTaskStatus, inspectionWorkType } from './schedule.ts';

/**
 * 运行效果 of inspection (STANDARDS §5.5): completion, on-time and hazard-found rates and
 * participation, over tasks due in a period, by unit, responsible person, work type or day.
 */
export const indicatorGroupBy = z.enum(['unit', 'person', 'workType', 'day']);
export type IndicatorGroupBy = z.infer<typeof indicatorGroupBy>;

/** The longest period one request covers: a year, the span of an annual report. */
export const INDICATOR_MAX_DAYS = 366;

const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

/** Narrows the tasks counted: one unit, one responsible person ('none': items naming no one), one work type. */
const taskScopeFilter = {
  unitId: z.uuid().optional(),
  responsibleUserId: z.union([z.uuid(), z.literal('none')]).optional(),
  workType: inspectionWorkType.optional(),
};

export const inspectionIndicatorsQuery = z
  .object({ from: isoDate, to: isoDate, groupBy: indicatorGroupBy.default('unit'), ...taskScopeFilter })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'must not be before from' })
  .refine((q) => dayNumber(q.to) - dayNumber(q.from) < INDICATOR_MAX_DAYS, {
    path: ['to'],
    message: `at most ${INDICATOR_MAX_DAYS} days`,
  });
export type InspectionIndicatorsQuery = z.input<typeof inspectionIndicatorsQuery>;

/**
 * Counts over tasks due in the period. `due` are those whose window has closed or that are done
 * (done + missed); `open` are still in their window and count in no rate. Rates are null when
 * nothing was due.
 */
export const indicatorCounts = z.object({
  due: z.number().int(),
  done: z.number().int(),
  missed: z.number().int(),
  open: z.number().int(),
  /** Done with the record inside the task's window. */
  onTime: z.number().int(),
  /** Records that found a hazard (checkStatus hazardFound). */
  hazardFound: z.number().int(),
  completionRate: z.number().nullable(),
  onTimeRate: z.number().nullable(),
  hazardFoundRate: z.number().nullable(),
});
export type IndicatorCounts = z.infer<typeof indicatorCounts>;

export const indicatorRow = indicatorCounts.extend({
  /** Unit id, user id ('' for items naming no one), work type or date. */
  key: z.string(),
  label: z.string(),
});
export type IndicatorRow = z.infer<typeof indicatorRow>;

export const inspectionIndicators = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: indicatorGroupBy,
  totals: indicatorCounts.extend({
    /** Distinct people who recorded a check in the period. */
    checkers: z.number().int(),
    /** The enterprise's headcount (its profile), or its active accounts when not given. */
    headcount: z.number().int(),
    participationRate: z.number().nullable(),
  }),
  /** 包保任务完成率 by steward role. */
  stewardByRole: z.array(indicatorRow),
  rows: z.array(indicatorRow),
});
export type InspectionIndicators = z.infer<typeof inspectionIndicators>;

/** The drill-down: tasks due in the period with their record, filtered like a row of the table. */
export const inspectionOutcomesQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    ...taskScopeFilter,
    day: isoDate.optional(),
    status: inspectionTaskStatus.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'must not be before from' })
  .refine((q) => dayNumber(q.to) - dayNumber(q.from) < INDICATOR_MAX_DAYS, {
    path: ['to'],
    message: `at most ${INDICATOR_MAX_DAYS} days`,
  });

export const inspectionOutcome = z.object({
  taskId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  measureContent: z.string(),
  dueDate: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  workType: inspectionWorkType,
  status: inspectionTaskStatus,
  record: z
    .object({
      id: z.string(),
      checkTime: z.string(),
      checkStatus,
      checkedByName: z.string(),
      byMobile: z.boolean(),
      note: z.string(),
    })
    .nullable(),
});
export type InspectionOutcome = z.infer<typeof inspectionOutcome>;

export const inspectionOutcomes = z.object({
  data: z.array(inspectionOutcome),
  total: z.number().int(),
});

/** A rate as a share (0–1) rounded to four places, or null when nothing was due. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** Counts and rates from the raw tallies. */
export function indicatorCountsOf(t: {
  done: number;
  missed: number;
  open: number;
  onTime: number;
  hazardFound: number;
}): IndicatorCounts {
  const due = t.done + t.missed;
  return {
    due,
    done: t.done,
    missed: t.missed,
    open: t.open,
    onTime: t.onTime,
    hazardFound: t.hazardFound,
    completionRate: rate(t.done, due),
    onTimeRate: rate(t.onTime, due),
    hazardFoundRate: rate(t.hazardFound, t.done),
  };
}
