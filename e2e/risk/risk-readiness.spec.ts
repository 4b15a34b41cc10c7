/**
 * The register's readiness for national reporting, as 宏达化工's safety manager (anquan) uses it:
 * the register page shows how many records are not ready; the 上报就绪 view lists the demo's
 * deliberate gaps (the tank farm's major source without its registration code, a measure without
 * its classification); anquan follows the measure's link, the measure form opens on the register
 * page, she classifies it (操作行为 / 交接班), and back in the view the measure is ready and the
 * count of records to complete is one lower; then she enters the major source’s registration code
 * as filed (with its kind and filing dates) on the 重大危险源 page, and that gap closes too. The county bureau (yingji) filters the
 * registry by the derived flag “has a major hazard source” and finds 宏达化工 with it.
 */
import { expect, test } from '../support/fixtures.ts';
import { personas, SHOWCASE_ENTERPRISE } from '../support/personas.ts';
import { loginAs } from '../support/ui.ts';
import { pickOption } from './risk-support.ts';

test.use({ actionTimeout: 15_000 });

test('the safety manager completes a missing field and the readiness count follows', async ({ page }) => {
  await loginAs(page, personas.anquan);
  await page.goto('/risk/register');
  await expect(page.getByTestId('risk-to-readiness')).toBeVisible();
  await page.getByTestId('risk-to-readiness').click();
  await expect(page).toHaveURL(/\/risk\/readiness$/);

  const withProblems = page.getByTestId('risk-readiness-with-problems');
  await expect(withProblems).toHaveText(/^\d+$/);
  const before = Number(await withProblems.innerText());
  expect(before).toBeGreaterThanOrEqual(2);

  // The major source without its registration code: said so, never made up.
  const rows = page.getByTestId('risk-readiness-row');
  await expect(rows.filter({ hasText: '重大危险源未填写备案登记编码' })).toHaveCount(1);

  // The measure without its classification.
  const measureRow = rows.filter({ hasText: '未填写措施分类一' }).first();
  await expect(measureRow).toBeVisible();
  const measureId = await measureRow.getAttribute('data-entity-id');
  expect(measureId).toBeTruthy();
  await measureRow.getByTestId('risk-readiness-fix').click();

  // The link opens the register at the measure's unit with the measure's form.
  await expect(page).toHaveURL(/\/risk\/register\?unit=/);
  await expect(page.getByTestId('risk-measure-save')).toBeVisible();
  await pickOption(page, 'risk-measure-classify1', '操作行为');
  await pickOption(page, 'risk-measure-classify2', '交接班');
  await page.getByTestId('risk-measure-save').click();
  await expect(page.getByTestId('risk-measure-save')).toHaveCount(0);
  await expect(page).not.toHaveURL(/edit=/);

  await page.getByTestId('nav-risk-readiness').click();
  await expect(page).toHaveURL(/\/risk\/readiness$/);
  await expect(withProblems).toHaveText(String(before - 1));
  await expect(page.locator(`[data-testid="risk-readiness-row"][data-entity-id="${measureId}"]`)).toHaveCount(
    0,
  );
  await expect(rows.filter({ hasText: '重大危险源未填写备案登记编码' })).toHaveCount(1);
});

test('the safety manager enters the major source’s registration code as filed', async ({ page }) => {
  await loginAs(page, personas.anquan);
  await page.goto('/risk/readiness');
  const withProblems = page.getByTestId('risk-readiness-with-problems');
  await expect(withProblems).toHaveText(/^\d+$/);
  const before = Number(await withProblems.innerText());
  const codeRow = page.getByTestId('risk-readiness-row').filter({ hasText: '重大危险源未填写备案登记编码' });
  await expect(codeRow).toHaveCount(1);

  // The 重大危险源 page says the code is missing, and takes the facts as filed.
  await page.goto('/risk/major-sources');
  await expect(page.getByTestId('risk-ms-list')).toContainText('未填写');
  await page.getByTestId('risk-ms-open').first().click();
  await expect(page.getByTestId('risk-ms-facts-code-missing')).toBeVisible();
  await page.getByTestId('risk-ms-facts-edit').click();
  await page.getByTestId('risk-ms-facts-code').fill('341122-2019-0001');
  await pickOption(page, 'risk-ms-facts-kind', '罐区');
  // Filing (备案) date and validity: readiness asks for both.
  for (const [testId, date] of [
    ['risk-ms-facts-filing', '2024-03-01'],
    ['risk-ms-facts-valid', '2027-02-28'],
  ] as const) {
    await page.getByTestId(testId).click();
    await page.getByTestId(testId).fill(date);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId(testId)).toHaveValue(date);
  }
  await page.getByTestId('risk-ms-facts-save').click();
  await expect(page.getByTestId('risk-ms-facts-code-value')).toHaveText('341122-2019-0001');

  await page.getByTestId('nav-risk-readiness').click();
  await expect(withProblems).toHaveText(String(before - 1));
  await expect(codeRow).toHaveCount(0);
});

test('the county bureau finds the enterprises with a major hazard source, as their registers say', async ({
  page,
}) => {
  await loginAs(page, personas.yingji);
  await page.goto('/enterprises?hasMajorHazardSource=true');
  const hongda = page.getByRole('row').filter({ hasText: SHOWCASE_ENTERPRISE });
  await expect(hongda.getByTestId('registry-major-hazard-tag')).toBeVisible();
  await hongda.getByRole('link', { name: SHOWCASE_ENTERPRISE }).click();
  await expect(page.getByTestId('enterprise-major-hazard-flag')).toHaveAttribute('data-value', 'true');
});
