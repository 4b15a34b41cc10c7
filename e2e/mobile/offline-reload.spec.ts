/**
 * Phone, no network, page reloaded: gongren opened 今日任务 in the office; in the basement, with no
 * signal, the page is reloaded (or the browser reopened). The phone pages come back from the
 * service worker with his tasks as last seen, a check made there waits on the phone, and goes up
 * when the network returns. Signing out empties what the phone kept.
 */
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { submitLogin } from '../support/ui.ts';

type Item = { id: string; retired: boolean };
type Task = { id: string; planId: string | null; status: string };

// A phone flow of several steps online and offline, on a shared machine: more than the default minute.
test.describe.configure({ timeout: 150_000 });

test('the phone pages reload without a network and keep today’s tasks', async ({ page, context, apiAs }) => {
  const anquan = await apiAs(personas.anquan.username);
  const session = await anquan.json<{ data: { enterprise: { id: string } } }>('GET', '/auth/session');
  const ent = session.data.enterprise.id;
  const gongren = await apiAs(personas.gongren.username);
  const me = await gongren.json<{ data: { user: { id: string } } }>('GET', '/auth/session');
  const items = (await anquan.json<{ data: Item[] }>('GET', `/enterprises/${ent}/inspection/items`)).data
    .filter((i) => !i.retired)
    .slice(3, 4);
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const plan = await anquan.json<{ data: { id: string } }>('POST', `/enterprises/${ent}/inspection/plans`, {
    name: '地下泵房汛期专项检查',
    kind: 4,
    startDate: today,
    endDate: today,
    itemIds: items.map((i) => i.id),
    assigneeIds: [me.data.user.id],
  });
  const [planned] = (
    await gongren.json<{ data: Task[] }>('GET', `/enterprises/${ent}/inspection/tasks?mine=true`)
  ).data.filter((t) => t.planId === plan.data.id);
  expect(planned).toBeDefined();

  await submitLogin(page, personas.gongren.username, { path: '/m/login' });
  await expect(page).toHaveURL((url) => url.pathname === '/m');
  await page.goto('/m/inspection');
  const cards = page.locator('[data-task-id]');
  await expect(cards.first()).toBeVisible({ timeout: 30_000 });
  const seen = await cards.count();
  // The worker is installed and controls the page once it has been opened online.
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null);
  await page.reload();
  await expect(cards.first()).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(cards).toHaveCount(seen);
  // The answers came from the phone's copy: what it never read is not there without a network.
  const unseen = await page.evaluate(async (path) => {
    try {
      return (await fetch(path)).status;
    } catch {
      return 'offline';
    }
  }, `/api/v1/enterprises/${ent}/inspection/tasks?mine=true&unitId=${planned!.id}`);
  expect(unseen).toBe('offline');

  const task = page.locator(`[data-task-id="${planned!.id}"]`);
  await task.locator('textarea').fill('地下泵房巡检：无信号，现场正常');
  await task.getByTestId('inspection-record-submit').click();
  await expect(task.getByTestId('inspection-record-queued')).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByTestId('inspection-queue')).toHaveCount(0, { timeout: 30_000 });
  const after = (
    await gongren.json<{ data: Task[] }>('GET', `/enterprises/${ent}/inspection/tasks?mine=true`)
  ).data;
  expect(after.find((t) => t.id === planned!.id)?.status).toBe('done');

  // Signing out empties the phone's copy of his data; the page shell stays.
  await page.goto('/m/me');
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/m\/login/);
  await expect
    .poll(() =>
      page.evaluate(async () =>
        (await caches.keys()).includes('sk-data-v1')
          ? (await (await caches.open('sk-data-v1')).keys()).length
          : 0,
      ),
    )
    .toBe(0);
});
