/**
 * 信息公示 without signing in: a member of the public goes from the login page to the disclosures
 * and reads what the county published in the demo — the close-out of 青溪县公共交通's major risk,
 * baishi-lpg's delisted hazard with its notice, random inspection results with the draw's seed, and
 * the quarter's blacklist. The tab is in the URL, so a link to one list can be shared.
 */
import { expect, test } from '../support/fixtures.ts';

test('anyone reads the published close-outs, listings, inspection results and blacklist', async ({
  page,
}) => {
  await page.goto('/login');
  await page.getByTestId('disclosures-link').click();
  await expect(page).toHaveURL(/\/disclosures$/);
  await expect(page.getByTestId('disclosure-page')).toContainText('安全生产信息公示');

  const closeOuts = page.getByTestId('disclosure-closeOuts');
  await expect(closeOuts).toContainText('青溪县公共交通有限公司');
  await expect(closeOuts).toContainText('青应急交〔2026〕6号');

  await page.getByTestId('disclosure-tab-listedHazards').click();
  await expect(page).toHaveURL(/tab=listedHazards/);
  const listed = page.getByTestId('disclosure-listedHazards').locator('tr', {
    hasText: '全压力式液化石油气储罐未设置注水措施',
  });
  await expect(listed.getByTestId('disclosure-listing-state')).toContainText('已摘牌');
  await expect(listed).toContainText('青政安督〔2026〕2号');
  // The delisting notice opens under its row.
  await listed.locator('.ant-table-row-expand-icon').click();
  await expect(page.getByTestId('disclosure-listedHazards')).toContainText('准予摘牌');

  await page.getByTestId('disclosure-tab-inspectionResults').click();
  const results = page.getByTestId('disclosure-inspectionResults');
  await expect(results).toContainText('双随机抽查');
  await expect(results.getByTestId('disclosure-draw-seed').first()).toContainText('种子');

  await page.getByTestId('disclosure-tab-blacklist').click();
  const blacklist = page.getByTestId('disclosure-blacklist');
  await expect(blacklist).toContainText('青溪县应急管理局');
  await expect(blacklist).toContainText('青溪县双河建材有限公司');

  // A shared link opens its list directly, still without a session.
  await page.goto('/disclosures?tab=blacklist');
  await expect(page.getByTestId('disclosure-blacklist')).toContainText('青溪县双河建材有限公司');
  await expect(page.getByTestId('user-menu')).toHaveCount(0);
});
