import { z } from 'zod';
import { defineJob } from '../../../platform/jobs/index.ts';
import { remindApproachingDeadlines, sweepOverdueHazards } from './sweep-overdue.ts';

/**
 * Hourly: a deadline passes at midnight and the owner hears of it in the first hour of the day;
 * the reminder before a deadline goes out on its last working day.
 */
export const sweepOverdueJob = defineJob({
  id: 'hazard.overdue-sweep',
  schema: z.object({}),
  cron: '12 * * * *',
  async handler(_payload, { db }) {
    await sweepOverdueHazards(db);
    await remindApproachingDeadlines(db);
  },
});
