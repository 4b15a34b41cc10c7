import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { createJobRunner, enqueueJob } from '../../../platform/jobs/index.ts';
import { sessionCleanupJob } from './session-cleanup.job.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

describe('identity.session-cleanup', () => {
  it('is hourly', () => {
    expect(sessionCleanupJob.cron).toBe('0 * * * *');
  });

  it('deletes expired sessions and day-old throttle windows, and nothing else', async () => {
    const user = await buildUser(t.db, { roles: ['worker'] });
    const session = (tokenHash: string, expiresAt: Date) => ({
      tokenHash,
      userId: user.id,
      csrfToken: 'c',
      ip: null,
      userAgent: null,
      expiresAt,
    });
    await t.db
      .insertInto('sessions')
      .values([
        session('expired', new Date(Date.now() - 60_000)),
        session('live', new Date(Date.now() + 3_600_000)),
      ])
      .execute();
    await t.db
      .insertInto('loginThrottle')
      .values([
        { key: 'old', windowStart: new Date(Date.now() - 25 * 3_600_000), failures: 3 },
        { key: 'recent', windowStart: new Date(Date.now() - 3_600_000), failures: 1 },
      ])
      .execute();
    await enqueueJob(t.db, sessionCleanupJob, {});
    expect(await createJobRunner({ db: t.db, jobs: [sessionCleanupJob], onError: () => {} }).tick()).toBe(1);

    const sessions = await t.db
      .selectFrom('sessions')
      .select('tokenHash')
      .where('userId', '=', user.id)
      .execute();
    expect(sessions).toEqual([{ tokenHash: 'live' }]);
    const throttle = await sql<{ key: string }>`select key from login_throttle order by key`.execute(t.db);
    expect(throttle.rows).toEqual([{ key: 'recent' }]);
  });
});
