/**
 * Assessment tables by industry: the platform administrator gives 危险化学品 a default (LS first);
 * anquan's 宏达化工 inherits it on the 风险评估 page, chooses its own, and goes back to the
 * industry's. The default is removed at the end so the demo stays as it was.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { loginAs } from '../support/ui.ts';
import { switchUser } from './risk-support.ts';

// Picks an option and waits until the select shows it: a click that lands while the dropdown is
// still opening is tried again rather than saving the old value.
const chooseOption = async (page: Page, testId: string, label: string) => {
  const select = page.getByTestId(testId);
  await expect(async () => {
    await select.click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: label })
      .first()
      .click({ timeout: 2_000 });
    await expect(select).toContainText(label, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
};

test('an enterprise inherits its industry’s tables, chooses its own and goes back', async ({
  page,
  pageApi,
  apiAs,
}) => {
  try {
    await loginAs(page, personas.admin);
    await page.getByTestId('nav-industry-tables').click();
    await expect(page).toHaveURL(/\/risk\/industry-tables/);
    const row = page.getByTestId('risk-industry-tables-hazardous_chemicals');
    await expect(row).toHaveText('系统默认');
    await page.getByTestId('risk-industry-tables-edit-hazardous_chemicals').click();
    await chooseOption(page, 'risk-table-method', 'LS评测');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await expect(row).toContainText('LS评测');

    await switchUser(page, personas.anquan.username, pageApi);
    await page.goto('/risk/assessment');
    const source = page.getByTestId('risk-settings-source');
    await expect(source).toHaveAttribute('data-source', 'industry');
    await expect(source).toContainText('继承行业默认（危险化学品）');
    await expect(page.getByTestId('risk-settings')).toContainText('LS评测');

    await page.getByTestId('risk-settings-edit').click();
    await chooseOption(page, 'risk-table-method', 'MES评测');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await expect(source).toHaveAttribute('data-source', 'enterprise');
    await expect(page.getByTestId('risk-settings')).toContainText('MES评测');

    await page.getByTestId('risk-settings-inherit').click();
    await expect(source).toHaveAttribute('data-source', 'industry');
  } finally {
    const admin = await apiAs(personas.admin.username);
    await admin.send('DELETE', '/risk-industry-table-defaults/hazardous_chemicals');
  }
});
