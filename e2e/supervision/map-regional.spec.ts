/**
 * 区域四色图 and 公共区域风险 as yingji (县应急管理局) uses them: the county's boundaries and its
 * enterprises in their level colors, the level filter narrowing the points, an enterprise found on
 * the map and opened; then a public-area risk identified by clicking its place on the map (which
 * names its township), assessed
 * with LEC, and shown on the map.
 */
import { expect, test } from '../support/fixtures.ts';
import { freshSuffix } from '../support/demo-data.ts';
import { personas } from '../support/personas.ts';
import { loginAs } from '../support/ui.ts';
import { pickOption } from '../risk/risk-support.ts';

// A flow of several people and pages, on a machine running other specs: more than the default minute.
test.describe.configure({ timeout: 150_000 });

test('yingji reads the regional map, filters it by level, opens an enterprise and adds a public-area risk', async ({
  page,
}) => {
  // Two pages, a drawer with a second map and a save: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  await loginAs(page, personas.yingji);
  await page.goto('/supervision/map');
  const map = page.getByTestId('regional-map');
  // The county and its nine townships, and every enterprise in remit drawn.
  // The first visit loads the map's chunk and the whole remit: give a busy machine time.
  await expect(map).toHaveAttribute('data-boundaries', '10', { timeout: 30_000 });
  const total = Number(await map.getAttribute('data-shown'));
  expect(total).toBeGreaterThan(10);
  await expect(page.getByTestId('map-shown')).toContainText(String(total));
  const publicBefore = Number(await page.getByTestId('map-count-public').innerText());
  expect(publicBefore).toBeGreaterThanOrEqual(5);

  // Only 重大 and 较大: the points shown are the legend's counts of those two.
  const major = Number(await page.getByTestId('map-count-major').innerText());
  const significant = Number(await page.getByTestId('map-count-significant').innerText());
  expect(major + significant).toBeGreaterThan(0);
  await page.getByTestId('map-levels').getByText('重大', { exact: true }).click();
  await page.getByTestId('map-levels').getByText('较大', { exact: true }).click();
  await expect(map).toHaveAttribute('data-shown', String(major + significant));
  await expect(map).not.toHaveAttribute('data-shown', String(total));

  // Find 宏达化工 on the map: centred and highlighted; a click on it opens the enterprise.
  await pickOption(page, 'map-locate', '青溪县宏达化工有限公司', '宏达化工');
  await expect(page.getByTestId('map-tooltip-enterprise')).toContainText('宏达化工');
  const canvas = page.getByTestId('regional-map-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no map canvas');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/\/enterprises\/[0-9a-f-]{36}$/);
  await expect(page.getByText('青溪县宏达化工有限公司').first()).toBeVisible();

  // A new public-area risk, placed by a click on the map, assessed LEC 6 × 6 × 15 = 540 → 重大.
  const name = `城关老街临时摊点液化气${freshSuffix()}`;
  await page.goto('/supervision/public-risks');
  await page.getByTestId('public-risk-add').click();
  await page.getByTestId('public-risk-name').fill(name);
  await pickOption(page, 'public-risk-category', '集贸市场');
  await pickOption(page, 'public-risk-owner', '青溪县应急管理局', '应急管理局');
  await page.getByTestId('public-risk-unit').fill('城关街道市场管理所');
  await page.getByTestId('public-risk-person').fill('郑军');
  await page.getByTestId('public-risk-phone').fill('0550-7000123');
  const accidents = page.getByTestId('public-risk-accident-types');
  await accidents.click();
  await page.keyboard.type('火灾');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(accidents).toContainText('火灾');
  const mini = page.getByTestId('public-risk-map-canvas');
  await expect(page.getByTestId('public-risk-map')).toHaveAttribute('data-boundaries', '10');
  // A click on the map places the point (the drawer scrolls the map into view first) and names
  // the township under it.
  await mini.click();
  await expect(page.getByTestId('public-risk-coordinates')).toHaveValue(/^1\d\d\.\d{6},\d\d\.\d{6}$/);
  await expect(page.getByTestId('public-risk-township')).toContainText(/街道|镇|乡|园区/);
  await pickOption(page, 'public-risk-factor-l', '6 —');
  await pickOption(page, 'public-risk-factor-e', '6 —');
  await pickOption(page, 'public-risk-factor-c', '15 —');
  await expect(page.getByTestId('public-risk-preview')).toContainText('540');
  await page.getByTestId('public-risk-save').click();
  await expect(page).toHaveURL(/\/supervision\/public-risks\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('public-risk-title')).toContainText(name);
  await expect(page.getByTestId('public-risk-level')).toHaveAttribute('data-level', 'major');
  await expect(page.getByTestId('public-risk-assessment')).toContainText('540');

  await page.goto('/supervision/map');
  await expect(page.getByTestId('map-count-public')).toHaveText(String(publicBefore + 1));
  await expect(page.getByTestId('regional-map')).toHaveAttribute('data-shapes', String(publicBefore + 1));
});
