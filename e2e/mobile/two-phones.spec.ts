/**
 * The same check from two phones: gongren answers a check on his phone in the pump pit (no
 * network, queued) and, back up, again on his spare phone. When the first phone reconnects its
 * record still goes up — kept beside the first, flagged for the safety manager's review, never
 * silently dropped.
 */
import { devices } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { submitLogin } from '../support/ui.ts';

type Item = { id: string; retired: boolean };
type Task = { id: string; planId: string | null };
type RecordView = { id: string; duplicateOf: string | null; needsReview: boolean };

test('a check sent from two phones keeps both records, the later one waiting for review', async ({
  page,
  context,
  browser,
  baseURL,
  apiAs,
}) => {
  const anquan = await apiAs(personas.anquan.username);
  const ent = (await anquan.json<{ data: { enterprise: { id: string } } }>('GET', '/auth/session')).data
    .enterprise.id;
  const gongren = await apiAs(personas.gongren.username);
  const me = (await gongren.json<{ data: { user: { id: string } } }>('GET', '/auth/session')).data.user.id;
  const [item] = (await anquan.json<{ data: Item[] }>('GET', `/enterprises/${ent}/inspection/items`)).data
    .filter((i) => !i.retired)
    .slice(5, 6);
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const plan = await anquan.json<{ data: { id: string } }>('POST', `/enterprises/${ent}/inspection/plans`, {
    name: '交接班前泵房专项检查',
    kind: 3,
    startDate: today,
    endDate: today,
    itemIds: [item!.id],
    assigneeIds: [me],
  });
  const task = (
    await gongren.json<{ data: Task[] }>('GET', `/enterprises/${ent}/inspection/tasks?mine=true`)
  ).data.find((t) => t.planId === plan.data.id)!;

  // Phone one, in the pump pit: no network, the check waits on the phone.
  await submitLogin(page, personas.gongren.username, { path: '/m/login' });
  await expect(page).toHaveURL((url) => url.pathname === '/m');
  await page.goto('/m/inspection');
  const first = page.locator(`[data-task-id="${task.id}"]`);
  await expect(first.locator('textarea')).toBeVisible();
  await context.setOffline(true);
  await first.locator('textarea').fill('泵房机封无泄漏（主手机）');
  await first.getByTestId('inspection-record-submit').click();
  await expect(first.getByTestId('inspection-record-queued')).toBeVisible();

  // The spare phone, with a network: the same check again.
  const spare = await browser.newContext({
    ...devices['Pixel 7'],
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const other = await spare.newPage();
  await submitLogin(other, personas.gongren.username, { path: '/m/login' });
  await expect(other).toHaveURL((url) => url.pathname === '/m');
  await other.goto('/m/inspection');
  const second = other.locator(`[data-task-id="${task.id}"]`);
  await second.locator('textarea').fill('泵房机封无泄漏（备用手机）');
  await second.getByTestId('inspection-record-submit').click();
  await expect(other.getByText('排查记录已提交')).toBeVisible();
  await spare.close();

  // Phone one reconnects: its record goes up too, and waits for review.
  await context.setOffline(false);
  await expect(page.getByTestId('inspection-queue')).toHaveCount(0, { timeout: 30_000 });
  const records = (
    await anquan.json<{ data: RecordView[] }>(
      'GET',
      `/enterprises/${ent}/inspection/records?taskId=${task.id}`,
    )
  ).data;
  expect(records).toHaveLength(2);
  const kept = records.find((r) => r.needsReview);
  const winner = records.find((r) => !r.needsReview);
  expect(kept?.duplicateOf).toBe(winner?.id);
});
