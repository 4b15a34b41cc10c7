/**
 * 双随机、一公开 by yingji (县应急局): she builds next year's pools (危化, large enterprises: 宏达化工)
 * and files them on time, draws with a seed of her own, reproduces the result on the draw's
 * verification (and sees another seed give another digest), records the inspection with a finding
 * that orders rectification; anquan of 宏达化工 finds it in 隐患台账, found by the regulator, and
 * reads the order under 执法指令.
 */
import { expect, test } from '../support/fixtures.ts';
import { freshSuffix } from '../support/demo-data.ts';
import { personas } from '../support/personas.ts';
import { loginAs, logoutViaUi } from '../support/ui.ts';
import { pickOption } from '../risk/risk-support.ts';

// A flow of several people and pages, on a machine running other specs: more than the default minute.
test.describe.configure({ timeout: 150_000 });

test('yingji draws from filed pools with a published seed, the draw reproduces, and her finding becomes 宏达化工’s hazard', async ({
  page,
}) => {
  const suffix = freshSuffix();
  const seed = `E2E-${suffix}`.replace(/[^0-9A-Za-z-]/g, '');
  const finding = `装卸站台静电接地报警器失效${suffix}`;
  const orderNo = `青应急责改〔E2E〕${suffix}号`;
  const year = Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4)) + 1;

  await loginAs(page, personas.yingji);
  await page.getByTestId('nav-enforcement').click();
  await page.getByTestId('enforcement-tab-pools').click();

  // 1. The pools: 危化 × large, all of the bureau's inspectors; filed before 31 January.
  await page.getByTestId('pool-create').click();
  await page.getByTestId('pool-year').fill(String(year));
  await page.getByTestId('pool-name').fill(`${year}年度危化企业名录库${suffix}`);
  await pickOption(page, 'pool-industries', '危险化学品', '危险化学品');
  await page.keyboard.press('Escape');
  await page.getByTestId('pool-name').click();
  await pickOption(page, 'pool-scales', '大型');
  await expect(page.getByText('符合条件的企业 1 家')).toBeVisible();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  const row = page.getByTestId('pool-list').locator('tr', { hasText: suffix });
  await expect(row).toBeVisible();
  await row.getByTestId('pool-file').click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await expect(row).toContainText('按期备案');

  // 2. The draw, with a seed of her own; the result names 宏达化工 and two inspectors.
  await row.getByTestId('pool-draw').click();
  await page.getByTestId('draw-count').fill('1');
  await page.getByTestId('draw-seed-input').fill(seed);
  // The demo already inspected 宏达化工 this year: draw without excluding recent inspections.
  await page
    .getByRole('dialog')
    .getByRole('spinbutton', { name: /排除近/ })
    .fill('0');
  await page.getByTestId('draw-submit').click();
  await expect(page).toHaveURL(/\/enforcement\/draws\//);
  await expect(page.getByTestId('draw-seed')).toContainText(seed);
  await expect(page.getByTestId('draw-picks')).toContainText('青溪县宏达化工有限公司');

  // 3. Reproduction: the published seed and pools give the published digest; another seed does not.
  await page.getByTestId('draw-verify').click();
  await expect(page.getByTestId('draw-verify-result')).toHaveAttribute('data-matches', 'true');
  await page.getByTestId('draw-verify-seed').fill(`${seed}x`);
  await page.getByTestId('draw-verify-trial').click();
  await expect(page.getByTestId('draw-verify-result')).toHaveAttribute('data-matches', 'false');

  // 4. The inspection record with one finding: 责令限期整改.
  await page.getByTestId('draw-pick-inspection').click();
  await page.getByTestId('record-summary').fill('检查装卸站台和罐区，发现问题1项');
  await page.getByTestId('finding-add').click();
  await page.getByTestId('finding-description').fill(finding);
  await page.getByTestId('finding-order-no').fill(orderNo);
  await page.getByTestId('record-submit').click();
  await expect(page.getByTestId('inspection-findings')).toContainText(orderNo);
  await logoutViaUi(page);

  // 5. anquan: the finding is a hazard in 隐患台账, and the order is under 执法指令.
  await loginAs(page, personas.anquan);
  await page.goto(`/hazards?q=${encodeURIComponent(finding)}`);
  await expect(page.getByText(finding).first()).toBeVisible();
  await page.getByText(finding).first().click();
  await expect(page.getByText(orderNo).first()).toBeVisible();
  await page.goto('/enforcement-orders');
  await expect(page.getByTestId('enforcement-orders')).toContainText(orderNo);
});
