/**
 * The safety manager reads how inspection is going: the month's rates, who checked what (with the
 * records behind a row), and the task calendar with a day's tasks. The demo month of history
 * gives every figure something to show.
 */
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { loginAs } from '../support/ui.ts';

test.use({ actionTimeout: 15_000 });

/** Today in Asia/Shanghai as 'YYYY-MM-DD', as the calendar keys its cells. */
const todayInShanghai = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

test('anquan reads the rates, drills into a person’s records and opens a day on the calendar', async ({
  page,
}) => {
  await loginAs(page, personas.anquan);
  await page.goto('/inspection/indicators');
  await expect(page.getByRole('heading', { name: '排查运行效果' })).toBeVisible();
  // The figures are percentages of real tasks, not the empty dash.
  await expect(page.getByTestId('inspection-indicator-completionRate')).toContainText('%');
  await expect(page.getByTestId('inspection-indicator-participationRate')).toContainText('%');

  await page.getByTestId('inspection-indicators-group').getByText('按责任人').click();
  const rows = page.getByTestId('inspection-indicators-rows').locator('tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  await rows.first().click();
  const outcomes = page.getByTestId('inspection-outcomes');
  await expect(outcomes).toContainText('排查记录：');
  await expect(outcomes.locator('tbody tr.ant-table-row').first()).toBeVisible();

  await page.goto('/inspection/calendar');
  const today = page.getByTestId(`inspection-calendar-day-${todayInShanghai()}`);
  await expect(today).toContainText('待排查');
  await today.click();
  await expect(page.getByTestId('inspection-outcomes')).toContainText(`${todayInShanghai()} 的排查任务`);
  await expect(
    page.getByTestId('inspection-outcomes').locator('tbody tr.ant-table-row').first(),
  ).toBeVisible();
});
