import { z } from 'zod';
import { defineJob } from '../../../platform/jobs/index.ts';
import { markMissedChecks } from './commands/mark-missed-checks.ts';

/** Every five minutes: an hourly check's miss shows within minutes of its window closing. */
export const markMissedJob = defineJob({
  id: 'inspection.mark-missed',
  schema: z.object({}),
  cron: '*/5 * * * *',
  async handler(_payload, { db }) {
    await markMissedChecks(db);
  },
});
