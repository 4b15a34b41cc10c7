/**
 * Phone, no network: gongren has three checks of a special inspection open all day. He answers the
 * first online; the network drops; he answers the second normal and the third abnormal with a
 * photo taken on the spot — both wait on the phone ("2 条记录待上传"). The network returns and
 * both go up by themselves, with the times they were made and the photo; the tasks are done.
 */
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { submitLogin } from '../support/ui.ts';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

type Item = { id: string; retired: boolean };
type Task = { id: string; planId: string | null; status: string };
type RecordView = {
  taskId: string;
  checkTime: string;
  submittedAt: string;
  answers: { photos: { fileId: string }[] }[];
};

// A phone flow of several steps online and offline, on a shared machine: more than the default minute.
test.describe.configure({ timeout: 150_000 });

test('checks made without a network wait on the phone and go up when it returns', async ({
  page,
  context,
  apiAs,
}) => {
  const anquan = await apiAs(personas.anquan.username);
  const session = await anquan.json<{ data: { enterprise: { id: string } } }>('GET', '/auth/session');
  const ent = session.data.enterprise.id;
  const gongren = await apiAs(personas.gongren.username);
  const me = await gongren.json<{ data: { user: { id: string } } }>('GET', '/auth/session');
  const items = (await anquan.json<{ data: Item[] }>('GET', `/enterprises/${ent}/inspection/items`)).data
    .filter((i) => !i.retired)
    .slice(0, 3);
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const plan = await anquan.json<{ data: { id: string } }>('POST', `/enterprises/${ent}/inspection/plans`, {
    name: '寒潮来临前防冻专项检查',
    kind: 4,
    startDate: today,
    endDate: today,
    itemIds: items.map((i) => i.id),
    assigneeIds: [me.data.user.id],
  });
  const tasks = (
    await gongren.json<{ data: Task[] }>('GET', `/enterprises/${ent}/inspection/tasks?mine=true`)
  ).data.filter((t) => t.planId === plan.data.id);
  expect(tasks).toHaveLength(3);
  const [first, second, third] = tasks as [Task, Task, Task];

  await submitLogin(page, personas.gongren.username, { path: '/m/login' });
  await expect(page).toHaveURL((url) => url.pathname === '/m');
  await page.goto('/m/inspection');
  const card = (task: Task) => page.locator(`[data-task-id="${task.id}"]`);

  await card(first).getByTestId('inspection-record-submit').click();
  await expect(page.getByText('排查记录已提交')).toBeVisible();

  await context.setOffline(true);
  await card(second).locator('textarea').fill('伴热线温度正常');
  await card(second).getByTestId('inspection-record-submit').click();
  await expect(card(second).getByTestId('inspection-record-queued')).toBeVisible();

  await card(third).getByText('异常', { exact: true }).click();
  await card(third).locator('textarea').fill('排凝阀保温层脱落，阀体结霜');
  await card(third)
    .getByTestId('inspection-photo-input')
    .setInputFiles({ name: 'frost.png', mimeType: 'image/png', buffer: PNG });
  await expect(card(third).locator('.ant-image img')).toHaveCount(1);
  await card(third).getByTestId('inspection-record-submit').click();
  await expect(card(third).getByTestId('inspection-record-queued')).toBeVisible();
  await expect(page.getByTestId('inspection-queue-count')).toHaveAttribute('data-count', '2');

  await context.setOffline(false);
  await expect(page.getByTestId('inspection-queue')).toHaveCount(0, { timeout: 30_000 });

  const after = (
    await gongren.json<{ data: Task[] }>('GET', `/enterprises/${ent}/inspection/tasks?mine=true`)
  ).data;
  for (const task of tasks) expect(after.find((t) => t.id === task.id)?.status).toBe('done');
  const records = (
    await anquan.json<{ data: RecordView[] }>('GET', `/enterprises/${ent}/inspection/records?limit=20`)
  ).data;
  const frost = records.find((r) => r.taskId === third.id);
  expect(frost?.answers[0]?.photos).toHaveLength(1);
  // Made while offline, sent after: the record keeps when it was made.
  expect(new Date(frost!.checkTime).getTime()).toBeLessThan(new Date(frost!.submittedAt).getTime());

  // Among the records the photo is shown as a derived copy with time, place, person and enterprise
  // burnt in; the stored original is untouched.
  await page.goto('/inspection/records');
  const photo = page.getByTestId('inspection-photo').first();
  await expect(photo).toHaveAttribute('data-watermark', 'derived', { timeout: 30_000 });
  await expect(photo.locator('img').first()).toHaveAttribute('src', /^blob:/);
  const original = await page.request.get(`/api/v1/files/${frost!.answers[0]!.photos[0]!.fileId}`);
  expect(Buffer.from(await original.body()).equals(PNG)).toBe(true);
});
