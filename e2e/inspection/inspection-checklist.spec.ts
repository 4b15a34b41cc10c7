/**
 * 隐患排查清单, as 宏达化工's people use it:
 * - anquan (安全环保部部长) syncs the checklist from the register: every measure checked by
 *   inspection is a line with its unit, measure and frequency;
 * - anquan sets a line to hourly: without a work window the form names the missing field, with one
 *   the line reads 每 1 小时 08:00–18:00;
 * - gongren (a worker) sees the checklist without the sync button or edit buttons.
 */
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { loginAs } from '../support/ui.ts';
import { pickOption } from '../risk/risk-support.ts';

test.use({ actionTimeout: 15_000 });

test('anquan syncs the checklist and sets an hourly check with its window', async ({ page }) => {
  await loginAs(page, personas.anquan);
  await page.goto('/inspection/checklist');
  await page.getByTestId('inspection-sync').click();
  await expect(page.getByText(/已同步/)).toBeVisible();
  const rows = page.getByTestId('inspection-checklist').locator('tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();

  await rows.first().getByTestId('inspection-item-edit').click();
  const form = page.getByTestId('inspection-item-form');
  await pickOption(page, 'inspection-cycle-unit', '小时');
  await form.getByTestId('inspection-window-start').fill('');
  await form.getByTestId('inspection-window-end').fill('');
  await page.getByRole('button', { name: /OK|确\s*定/ }).click();
  await expect(form.getByText('按小时排查时必须填写作业时段').first()).toBeVisible();

  await form.getByTestId('inspection-window-start').fill('08:00');
  await form.getByTestId('inspection-window-end').fill('18:00');
  await page.getByRole('button', { name: /OK|确\s*定/ }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('inspection-checklist')).toContainText('每 1 小时 08:00–18:00');
});

test('gongren reads the checklist without managing it', async ({ page }) => {
  await loginAs(page, personas.gongren);
  await page.goto('/inspection/checklist');
  await expect(page.getByTestId('inspection-checklist')).toBeVisible();
  await expect(page.getByTestId('inspection-sync')).toHaveCount(0);
  await expect(page.getByTestId('inspection-item-edit')).toHaveCount(0);
});
