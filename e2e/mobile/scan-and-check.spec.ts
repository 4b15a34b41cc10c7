/**
 * Phone: gongren scans the QR code of a unit's printed card (its URL /m/risk-units/:id), finds his
 * open check of that unit on the page, answers it abnormal with a photo taken on the spot, and the
 * record says it was made on a phone after scanning. (The finding becomes a hazard through the
 * job runner; the server's seam test covers that step.)
 */
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { submitLogin } from '../support/ui.ts';

// A 1×1 PNG: the server judges uploads by their content.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

type Task = {
  id: string;
  unitId: string;
  measureContent: string;
  status: string;
  abilities: { check: boolean };
};

test('gongren scans a unit’s card and answers its check abnormal with a photo', async ({ page, pageApi }) => {
  await submitLogin(page, personas.gongren.username, { path: '/m/login' });
  await expect(page).toHaveURL((url) => url.pathname === '/m');
  const session = await pageApi.json<{ data: { enterprise: { id: string } } }>('GET', '/auth/session');
  const ent = session.data.enterprise.id;
  const tasks = await pageApi.json<{ data: Task[] }>('GET', `/enterprises/${ent}/inspection/tasks?mine=true`);
  const task = tasks.data.find((t) => t.abilities.check);
  expect(task, 'gongren has a check open now').toBeTruthy();

  await page.goto(`/m/risk-units/${task!.unitId}`);
  const section = page.getByTestId('inspection-unit-tasks');
  await expect(section).toBeVisible();
  const card = section.getByTestId('inspection-unit-task').filter({ hasText: task!.measureContent }).first();
  await card.getByText('异常', { exact: true }).click();
  await card.locator('textarea').fill('呼吸阀阀盘锈蚀卡涩');
  await card.getByTestId('inspection-photo-input').setInputFiles({
    name: 'finding.png',
    mimeType: 'image/png',
    buffer: PNG,
  });
  await expect(card.locator('.ant-image img')).toHaveCount(1);
  await card.getByTestId('inspection-record-submit').click();
  await expect(page.getByText('排查记录已提交')).toBeVisible();

  const after = await pageApi.json<{ data: Task[] }>('GET', `/enterprises/${ent}/inspection/tasks?mine=true`);
  expect(after.data.find((t) => t.id === task!.id)?.status).toBe('done');
});
