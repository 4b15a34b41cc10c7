import { z } from 'zod';
import { defineJob } from '../../../platform/jobs/index.ts';
import { sweepOverdueHazards } from './sweep-overdue.ts';

/** Hourly: a deadline passes at midnight and the owner hears of it in the first hour of the day. */
export const sweepOverdueJob = defineJob({
  id: 'hazard.overdue-sweep',
  schema: z.object({}),
  cron: '12 * * * *',
  async handler(_payload, { db }) {
    await sweepOverdueHazards(db);
  },
});
