/**
 * Platform administration: the 2027 working-day calendar keeps a day the admin marks (after a
 * reload, and in the API); the 监管部门 page lists 青溪县应急管理局 with remit 全部行业; 事件投递
 * (failed deliveries of domain events) opens from the menu.
 */
import { freshSuffix } from '../support/demo-data.ts';
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { loginAs } from '../support/ui.ts';

test('admin marks a day of the 2027 calendar, saves, and finds it after a reload', async ({
  page,
  pageApi,
}) => {
  // A Wednesday that is neither a holiday nor a make-up day in the seeded 2027 calendar.
  const date = '2027-03-10';
  const name = `演练日${freshSuffix()}`;

  await loginAs(page, personas.admin);
  await page.getByTestId('nav-calendar').click();
  await expect(page).toHaveURL(/\/admin\/calendar/);
  await page.getByTestId('calendar-year').click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: /^2027$/ })
    .click();
  await expect(page).toHaveURL(/year=2027/);

  const day = page.getByTestId(`calendar-day-${date}`);
  await expect(day).toHaveText('10');
  await expect(page.getByTestId('calendar-save')).toBeDisabled();
  await day.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('法定节假日（休）').click();
  await dialog.getByTestId('day-name').fill(name);
  await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect(day).toContainText('休');

  await page.getByTestId('calendar-save').click();
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(page.getByTestId('calendar-save')).toBeDisabled();

  await page.reload();
  await expect(page.getByTestId(`calendar-day-${date}`)).toContainText('休');
  await page.getByTestId(`calendar-day-${date}`).hover();
  await expect(page.getByRole('tooltip')).toHaveText(name);

  const saved = await pageApi.json<{ data: { days: { date: string; kind: string; name: string }[] } }>(
    'GET',
    '/calendar/years/2027',
  );
  expect(saved.data.days).toContainEqual({ date, kind: 'holiday', name });
});

test('the 监管部门 page lists 青溪县应急管理局 with remit 全部行业', async ({ page }) => {
  await loginAs(page, personas.admin);
  await page.getByTestId('nav-regulators').click();
  await expect(page).toHaveURL(/\/admin\/regulators/);
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: '青溪县应急管理局', exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('青溪县：全部行业');

  // For contrast, an industry department's remit names its industries.
  const housing = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: '青溪县住房和城乡建设局', exact: true }) });
  await expect(housing).toContainText('建筑施工');
  await expect(housing).not.toContainText('全部行业');
});

test('admin opens 事件投递 from the menu and finds no failed delivery in the demo', async ({ page }) => {
  await loginAs(page, personas.admin);
  await page.getByTestId('nav-event-deliveries').click();
  await expect(page).toHaveURL(/\/admin\/event-deliveries/);
  await expect(page.getByRole('heading', { name: '事件投递' })).toBeVisible();
  await expect(page.getByTestId('dead-letters').getByText('没有失败的投递')).toBeVisible();
});
