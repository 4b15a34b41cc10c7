/**
 * 排查计划: the safety manager sees the demo's winter campaign under way, plans a specialist
 * inspection of one unit, finds its task on the day's task list with its kind, and cancels it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { loginAs } from '../support/ui.ts';
import { pickOption } from '../risk/risk-support.ts';

test.use({ actionTimeout: 15_000 });

/** Picks the first option of a select by keyboard: the dropdown opens on its first option. */
const pickFirst = async (page: Page, testId: string, { multiple = true } = {}) => {
  const select = page.getByTestId(testId);
  const combobox = select.getByRole('combobox');
  await select.click();
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  if (multiple) {
    await expect(select.locator('.ant-select-selection-item')).toHaveCount(1);
    // A multiple select stays open; Escape closes it (with a closed one it would close the dialog).
    await page.keyboard.press('Escape');
  } else {
    await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  }
};

/** The open dialog's primary button (确 定). */
const confirm = (page: Page) =>
  page.locator('.ant-modal-wrap:visible .ant-modal-footer .ant-btn-primary').click();

test('anquan plans a specialist inspection, sees its task, and cancels it', async ({ page }) => {
  await loginAs(page, personas.anquan);
  await page.goto('/inspection/plans');
  const plans = page.getByTestId('inspection-plans');
  const winter = plans.locator('tr', { hasText: '冬季防冻防凝专项检查' });
  await expect(winter).toContainText('季节性排查');
  await expect(winter).toContainText('进行中');
  await expect(winter).toContainText('已排查 3 /');

  await page.getByTestId('inspection-plan-create').click();
  const form = page.getByTestId('inspection-plan-form');
  // Nothing in scope: the server names the scope, in Chinese.
  await page.getByTestId('inspection-plan-name').fill('静电接地专项检查');
  await pickOption(page, 'inspection-plan-kind', '专业性排查');
  await pickFirst(page, 'inspection-plan-assignees');
  await confirm(page);
  await expect(page.getByText('请选择排查范围（风险部位或排查项）')).toBeVisible();

  await pickFirst(page, 'inspection-plan-units');
  await confirm(page);
  await expect(page.getByText(/已创建排查计划，生成 \d+ 个排查任务/)).toBeVisible();
  await expect(form).toBeHidden();
  const row = plans.locator('tr', { hasText: '静电接地专项检查' });
  await expect(row).toContainText('专业性排查');
  await expect(row).toContainText('进行中');

  await page.goto('/inspection/tasks');
  await expect(page.getByTestId('inspection-tasks')).toContainText('专业性排查 · 静电接地专项检查');

  await page.goto('/inspection/plans');
  await row.getByRole('button', { name: '取消计划' }).click();
  const dialog = page.getByRole('dialog', { name: /取消计划/ });
  await dialog.getByRole('textbox').fill('与全厂静电专项合并');
  await confirm(page);
  await expect(row).toContainText('已取消');
  await page.goto('/inspection/tasks');
  await expect(page.getByTestId('inspection-tasks')).not.toContainText('静电接地专项检查');
});

test('anquan records a unit’s maintenance stop, sees it current, and deletes it', async ({ page }) => {
  await loginAs(page, personas.anquan);
  await page.goto('/inspection/out-of-service');
  const periods = page.getByTestId('inspection-oos');
  // The demo month's two stops, both over.
  await expect(periods).toContainText('检维修：换热器清洗及试压');
  await expect(periods.locator('tr', { hasText: '停用：原料短缺' })).toContainText('已结束');

  await page.getByTestId('inspection-oos-create').click();
  await confirm(page);
  await expect(page.getByTestId('inspection-oos-form')).toContainText(/请(输入|填写)原因/);
  await pickFirst(page, 'inspection-oos-unit', { multiple: false });
  await page.getByTestId('inspection-oos-reason').fill('检维修：压缩机大修');
  await confirm(page);
  const row = periods.locator('tr', { hasText: '检维修：压缩机大修' });
  await expect(row).toContainText('进行中');
  await expect(row).toContainText('未定');

  await row.getByRole('button', { name: '删除' }).click();
  await page.locator('.ant-popconfirm .ant-btn-primary').click();
  await expect(row).toHaveCount(0);
});
