/**
 * Regulators see an enterprise's major hazards the moment it confirms them (seed 002: 重大事故隐患
 * 报告): yingji (county emergency bureau) opens 重大隐患 from his menu, reads a hazard under
 * treatment with its signed plan and verified signatures but no steps to take, and finds the same
 * hazards on the enterprise's page. zhujian (housing bureau) has no chemical plants in his remit
 * and sees none of them, not even by address.
 */
import { expect, test } from '../support/fixtures.ts';
import { personas, SHOWCASE_ENTERPRISE } from '../support/personas.ts';
import { loginAs } from '../support/ui.ts';

const TREATING = '甲醇/甲苯储罐组可燃气体检测报警器未按标准设置';

// A flow of several people and pages, on a machine running other specs: more than the default minute.
test.describe.configure({ timeout: 150_000 });

test('yingji reads the major hazards in his remit; zhujian, outside it, sees none', async ({
  page,
  apiAs,
}) => {
  await loginAs(page, personas.yingji);
  await page.getByTestId('nav-major-hazards').click();
  await expect(page).toHaveURL((url) => url.pathname === '/major-hazards');
  const row = page.locator('tr').filter({ hasText: TREATING });
  await expect(row).toContainText(SHOWCASE_ENTERPRISE);
  await expect(row).toContainText('已签批');
  await expect(row).toContainText('整改中');
  await expect(row).toContainText('安监总管三〔2017〕121号 第 12 项');
  await expect(row.getByTestId('hazard-due')).toContainText('剩余');

  await row.getByTestId('regional-major-link').click();
  await expect(page).toHaveURL(/\/enterprises\/[0-9a-f-]+\/hazards\/[0-9a-f-]+$/);
  const hazardUrl = page.url();
  await expect(page.getByTestId('hazard-title')).toHaveText(TREATING);
  await expect(page.getByTestId('hazard-plan')).toContainText('按GB/T 50493补齐可燃气体检测报警系统');
  await expect(page.getByTestId('hazard-signature-verified')).toHaveCount(2);
  for (const mark of await page.getByTestId('hazard-signature-verified').all()) {
    await expect(mark).toHaveAttribute('data-verified', 'true');
  }
  // Reading, not rectifying: no step is the regulator's to take here.
  await expect(page.locator('[data-testid^="hazard-action-"]')).toHaveCount(0);
  await page.getByTestId('hazard-back').click();
  await expect(page).toHaveURL((url) => url.pathname === '/major-hazards');

  // The enterprise's page has the same hazards in its 重大隐患 tab, and only major ones.
  const enterpriseId = /\/enterprises\/([0-9a-f-]+)\/hazards\//.exec(hazardUrl)?.[1];
  await page.goto(`/enterprises/${enterpriseId}`);
  await page.getByRole('tab', { name: '重大隐患' }).click();
  const tab = page.getByTestId('enterprise-hazards');
  await expect(tab.getByTestId('hazard-link').filter({ hasText: TREATING })).toBeVisible();
  const yingji = await apiAs(personas.yingji.username);
  const listed = await yingji.json<{ data: { grade: string }[] }>(
    'GET',
    `/enterprises/${enterpriseId}/hazards?limit=200`,
  );
  expect(listed.data.length).toBeGreaterThanOrEqual(3);
  expect(listed.data.every((h) => h.grade === 'major')).toBe(true);

  // zhujian's remit is housing: the chemical plant's hazards are not his to see.
  const zhujian = await apiAs(personas.zhujian.username);
  const his = await zhujian.json<{ data: { enterpriseName: string }[] }>('GET', '/major-hazards?scope=all');
  expect(his.data.filter((h) => h.enterpriseName === SHOWCASE_ENTERPRISE)).toEqual([]);
  const hazardId = hazardUrl.split('/').at(-1);
  expect((await zhujian.get(`/enterprises/${enterpriseId}/hazards/${hazardId}`)).status()).toBe(404);
});
