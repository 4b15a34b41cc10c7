import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/test-database.ts';
import { createJobRunner } from '../jobs/index.ts';
import { createNotifyExternalJob, enqueueExternalNotification } from './notify-external.job.ts';
import { createNotificationProviders } from './providers/create-providers.ts';
import { startWebhookServer } from './providers/local-servers.test-helper.ts';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let hook: Awaited<ReturnType<typeof startWebhookServer>>;

beforeAll(async () => {
  database = await openTestDatabase();
  // The DingTalk robot fails once (HTTP 502), then accepts; WeCom accepts at once.
  hook = await startWebhookServer([{ status: 502, body: {} }]);
});
afterAll(async () => {
  await hook.close();
  await database.close();
});

async function channel(provider: 'dingtalk' | 'wecom' | 'smtp', target: string, isEnabled = true) {
  const id = randomUUID();
  await database.db
    .insertInto('notificationChannels')
    .values({
      id,
      ownerType: 'enterprise',
      ownerId: 'ent-1',
      provider,
      target,
      isEnabled,
      createdAt: new Date(),
    })
    .execute();
  return id;
}

describe('platform.notify-external', () => {
  it('delivers to each enabled channel of the owner and retries a failed webhook alone', async () => {
    const ding = await channel('dingtalk', `${hook.base}/ding`);
    const wecom = await channel('wecom', `${hook.base}/wecom`);
    await channel('wecom', `${hook.base}/disabled`, false);
    const queued = await enqueueExternalNotification(
      database.db,
      { ownerType: 'enterprise', ownerId: 'ent-1' },
      { title: '重大隐患', body: '储罐区液位计失灵', link: null },
    );
    expect(queued).toBe(2);

    const job = createNotifyExternalJob(createNotificationProviders({}));
    const runner = createJobRunner({
      db: database.db,
      jobs: [job],
      workerId: 'w',
      concurrency: 1,
      onError: () => {},
    });
    // concurrency 1 and creation order: the DingTalk delivery runs first and meets the 502.
    await runner.tick();
    await runner.tick();
    const rows = () =>
      database.db
        .selectFrom('jobs')
        .select(['payload', 'status', 'attempts', 'lastError'])
        .orderBy('createdAt')
        .execute();
    let jobs = await rows();
    const byChannel = (id: string) => jobs.find((j) => (j.payload as { channelId: string }).channelId === id);
    expect(byChannel(ding)).toMatchObject({ status: 'queued', attempts: 1 });
    expect(byChannel(ding)?.lastError).toMatch(/HTTP 502/);
    expect(byChannel(wecom)).toMatchObject({ status: 'done', attempts: 1 });

    await sql`update jobs set run_at = now() where status = 'queued'`.execute(database.db);
    await runner.tick();
    jobs = await rows();
    expect(byChannel(ding)).toMatchObject({ status: 'done', attempts: 2 });
    expect(hook.requests.map((r) => r.url)).toEqual(['/ding', '/wecom', '/ding']);
    expect(hook.requests[2]?.body).toEqual({
      msgtype: 'text',
      text: { content: '重大隐患\n储罐区液位计失灵' },
    });
  });

  it('fails at once when mail is asked for but SMTP_URL is not set', async () => {
    await database.db.deleteFrom('notificationChannels').execute();
    await database.db.deleteFrom('jobs').execute();
    await channel('smtp', 'a@b.cn');
    await enqueueExternalNotification(
      database.db,
      { ownerType: 'enterprise', ownerId: 'ent-1' },
      { title: 't', body: '', link: null },
    );
    const job = createNotifyExternalJob(createNotificationProviders({}));
    await createJobRunner({ db: database.db, jobs: [job], workerId: 'w', onError: () => {} }).tick();
    const row = await database.db
      .selectFrom('jobs')
      .select(['status', 'lastError'])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'failed', lastError: 'No smtp provider is configured' });
  });
});
