import { CronExpressionParser } from 'cron-parser';

/** Schedules are written as people at the sites read a clock: in Asia/Shanghai. */
export const CRON_TIME_ZONE = 'Asia/Shanghai';

/** The first time strictly after `after` that matches `cron`. Throws on a malformed expression. */
export function nextCronRun(cron: string, after: Date): Date {
  return CronExpressionParser.parse(cron, { currentDate: after, tz: CRON_TIME_ZONE }).next().toDate();
}
