/**
 * 建设进展 for the county's emergency bureau: yingji opens the dashboard by township, drills into
 * 临港工业园区 (the township filter in the URL), opens what 宏达化工 still lacks and goes through to
 * its page, then exports 附件3 of the month and reads it back as a workbook.
 */
import ExcelJS from 'exceljs';
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { loginAs } from '../support/ui.ts';

const HONGDA = '青溪县宏达化工有限公司';
const LINGANG = '临港工业园区';

// A flow of several people and pages, on a machine running other specs: more than the default minute.
test.describe.configure({ timeout: 150_000 });

test('yingji reads the build progress by township, sees what an enterprise lacks and exports the monthly table', async ({
  page,
}) => {
  await loginAs(page, personas.yingji);
  await page.getByTestId('nav-build-progress').click();
  await expect(page).toHaveURL((url) => url.pathname === '/supervision/progress');

  // The dashboard: one row per township with the counts per milestone and the county's total.
  const dashboard = page.getByTestId('progress-dashboard');
  await expect(dashboard.getByTestId('progress-group').filter({ hasText: LINGANG })).toBeVisible();
  await expect(dashboard).toContainText('合计');

  // The township's enterprises: the dashboard's row opens them, the filter in the URL.
  await dashboard.getByTestId('progress-group').filter({ hasText: LINGANG }).click();
  await expect(page).toHaveURL(
    (url) =>
      url.searchParams.get('tab') === 'enterprises' && url.searchParams.get('jurisdictionCode') !== null,
  );
  await expect(page.getByRole('tab', { name: '企业进展' })).toHaveAttribute('aria-selected', 'true');
  const table = page.getByTestId('progress-enterprises');
  const hongda = table.locator('tr').filter({ hasText: HONGDA });
  await expect(hongda).toBeVisible();
  // Every enterprise listed lies in the township.
  await expect(table.locator('tbody tr.ant-table-row').filter({ hasNotText: LINGANG })).toHaveCount(0);

  // What 宏达 lacks, and through to its page.
  await hongda.locator('.ant-table-row-expand-icon').click();
  const lacks = page.getByTestId('progress-lacks');
  await expect(lacks).toBeVisible();
  await expect(lacks).toContainText('已注册');
  await lacks.getByTestId('progress-open-enterprise').click();
  await expect(page).toHaveURL((url) => /^\/enterprises\/[0-9a-f-]{36}$/.test(url.pathname));
  await expect(page.getByText(HONGDA).first()).toBeVisible();
  await page.goBack();

  // The monthly table of 附件3 by department, exported as .xlsx in the attachment's layout.
  await page.getByRole('tab', { name: '月报表' }).click();
  await expect(page.getByTestId('progress-attachment3')).toContainText('合计');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('progress-export').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^双控机制建设推进情况月报表-\d{4}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const sheet = book.worksheets[0]!;
  expect(sheet.getCell('A1').value).toBe('“双控机制”建设推进情况月报表');
  expect(String(sheet.getCell('A2').value)).toContain('填报单位：青溪县应急管理局');
  expect(sheet.getCell('B3').value).toBe('行业主管部门');
  expect(sheet.getCell('D3').value).toBe('已注册');
  const last = sheet.getRow(sheet.rowCount).values as unknown[];
  expect(last[1]).toBe('合计');
  expect(Number(last[3])).toBeGreaterThan(0);
});
