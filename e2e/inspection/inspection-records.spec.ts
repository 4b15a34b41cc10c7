/**
 * 排查记录 on the desktop: anquan finds the record a second phone sent for a check already done
 * (kept, 待审核), reads both, and settles it with a comment; the record sent late from a dead zone
 * says so; and a record gongren corrected shows the correction beside it, the original unchanged.
 */
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { loginAs } from '../support/ui.ts';

test('anquan reviews a second phone’s record and reads the late and corrected ones', async ({ page }) => {
  await loginAs(page, personas.anquan);
  await page.getByTestId('nav-inspection-records').click();
  await expect(page).toHaveURL((url) => url.pathname === '/inspection/records');
  const table = page.getByTestId('inspection-records');
  await expect(table.getByTestId('inspection-record-late').first()).toBeVisible();
  await expect(table.locator('tr').filter({ hasText: '更正记录' })).toContainText('误选不适用');
  await expect(table.locator('tr').filter({ hasText: '已被更正' })).toContainText('不适用');

  await page.getByTestId('inspection-records-needs-review').check();
  const waiting = table.locator('tr').filter({ has: page.getByTestId('inspection-record-needs-review') });
  await expect(waiting).toHaveCount(1);
  await expect(waiting).toContainText('伴热正常（备用手机）');
  await waiting.getByTestId('inspection-record-review').click();
  await page.getByRole('dialog').locator('textarea').fill('同一人两部手机重复提交，以第一条为准');
  await page.getByTestId('inspection-review-submit').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(table.getByTestId('inspection-record-needs-review')).toHaveCount(0);

  await page.getByTestId('inspection-records-needs-review').uncheck();
  await expect(table.locator('tr').filter({ hasText: '伴热正常（备用手机）' })).toContainText(
    '重复提交·已审核',
  );
});
