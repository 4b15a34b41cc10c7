import { z } from 'zod';
import { addDays, isCivilDate } from '../../../platform/calendar/index.ts';
import { defineJob } from '../../../platform/jobs/index.ts';
import { generateTasks, shanghaiToday } from './commands/generate-tasks.ts';

/**
 * How far back each run looks. Generation is idempotent, so every run re-covers the last week:
 * a server down for up to that long catches up on its next run (the missed windows then become
 * 未排查 through the miss sweep, as they were in fact not checked).
 */
export const CATCH_UP_DAYS = 7;

const civilDate = z.string().refine(isCivilDate, 'YYYY-MM-DD');

/**
 * Creates today's and tomorrow's tasks (tomorrow's so a night shift and the morning's first round
 * find their lists ready) and catches up the past week. Runs hourly so a new or edited item gets
 * its tasks within the hour; a payload with dates re-runs a range by hand.
 */
export const generateTasksJob = defineJob({
  id: 'inspection.generate-tasks',
  schema: z.object({ from: civilDate.optional(), to: civilDate.optional() }),
  cron: '5 * * * *',
  async handler(payload, { db }) {
    const today = shanghaiToday();
    await generateTasks(db, {
      from: payload.from ?? addDays(today, -CATCH_UP_DAYS),
      to: payload.to ?? addDays(today, 1),
    });
  },
});
