import { sql } from 'kysely';
import { z } from 'zod';
import { defineJob } from '../../../platform/jobs/index.ts';

/**
 * Hourly housekeeping of identity's short-lived rows: expired sessions and login-throttle windows
 * older than a day. Plain deletes are idempotent, so a re-run after a crash is harmless.
 */
export const sessionCleanupJob = defineJob({
  id: 'identity.session-cleanup',
  schema: z.object({}),
  cron: '0 * * * *',
  async handler(_payload, { db }) {
    await sql`delete from sessions where expires_at < now()`.execute(db);
    await sql`delete from login_throttle where window_start < now() - interval '1 day'
      and (locked_until is null or locked_until < now() - interval '1 day')`.execute(db);
  },
});
