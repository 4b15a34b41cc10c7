/**
 * 区域风险库 and 分级监管 from a regulator's chair: yingji (county emergency bureau, every industry)
 * reads today's figures on the home page, opens the regional risk database, narrows it with filters
 * that stay in the URL, opens the tiers page and reads why 宏达化工 is supervised as it is. zhujian
 * (housing bureau: construction, gas, municipal, heating) never sees 宏达化工's risks.
 */
import { expect, test } from '../support/fixtures.ts';
import { personas, SHOWCASE_ENTERPRISE } from '../support/personas.ts';
import { loginAs } from '../support/ui.ts';
import { pickOption } from '../risk/risk-support.ts';

// A flow of several people and pages, on a machine running other specs: more than the default minute.
test.describe.configure({ timeout: 150_000 });

test('a regulator filters the regional risk database and reads an enterprise’s tier explanation; another industry’s regulator sees none of it', async ({
  page,
  apiAs,
}) => {
  await loginAs(page, personas.yingji);
  // The home page: today's figures in the remit, each a link.
  const home = page.getByTestId('supervision-home');
  await expect(home).toBeVisible();
  await expect(home.getByTestId('home-major-risks')).not.toContainText(/^\s*0\s*$/);

  await page.getByTestId('nav-regional-risks').click();
  await expect(page).toHaveURL((url) => url.pathname === '/supervision/risks');
  const list = page.getByTestId('regional-risks-list');
  // Data rows only (antd's table also has a hidden measuring row).
  const rows = list.locator('tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();

  // Filters go into the URL: 重大风险, then the enterprise's name.
  await pickOption(page, 'filter-level', '重大风险');
  await expect(page).toHaveURL((url) => url.searchParams.get('level') === 'major');
  await expect(rows.first()).toContainText('重大风险');
  await expect(rows.filter({ hasText: '较大风险' })).toHaveCount(0);
  await page.getByTestId('filter-q').locator('input').fill('宏达化工');
  await page.getByTestId('filter-q').locator('input').press('Enter');
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === '宏达化工');
  await expect(rows.first()).toContainText(SHOWCASE_ENTERPRISE);
  const count = await rows.count();
  for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText(SHOWCASE_ENTERPRISE);
  // A reload keeps the filtered list (the URL is the state).
  await page.reload();
  await expect(rows.first()).toContainText(SHOWCASE_ENTERPRISE);
  await expect(page.getByTestId('filter-level')).toContainText('重大风险');
  await expect(page.getByTestId('regional-risk-changes')).toBeVisible();

  // 分级监管: the enterprise's tier, then its explanation on its own page.
  await page.getByTestId('nav-supervision-tiers').click();
  await expect(page).toHaveURL((url) => url.pathname === '/supervision/tiers');
  await page.getByTestId('tier-filter-q').locator('input').fill('宏达化工');
  await page.getByTestId('tier-filter-q').locator('input').press('Enter');
  const tierRow = page
    .getByTestId('tier-list')
    .locator('tbody tr.ant-table-row')
    .filter({ hasText: SHOWCASE_ENTERPRISE });
  await expect(tierRow).toHaveCount(1);
  await expect(tierRow).toContainText('重点监管');
  await tierRow.getByTestId('tier-enterprise').click();
  await expect(page).toHaveURL(/\/enterprises\/[0-9a-f-]{36}$/);
  const hongdaId = page.url().split('/').at(-1)!;
  await page.getByRole('tab', { name: '分级监管' }).click();
  const explanation = page.getByTestId('enterprise-tier');
  await expect(explanation.getByTestId('tier-step-register')).toContainText(
    /企业整体风险等级为「(重大|较大)」/,
  );
  await expect(explanation.getByTestId('tier-step-tier')).toContainText('重点监管');
  await expect(explanation.getByTestId('enterprise-tier-inspections')).toContainText('次/年');

  // zhujian: 宏达化工 is not in the housing bureau's remit.
  const zhujian = await apiAs(personas.zhujian.username);
  const risks = await zhujian.json<{ data: { enterpriseId: string }[]; page: { total: number } }>(
    'GET',
    `/supervision/risks?pageSize=200&q=${encodeURIComponent('宏达')}`,
  );
  expect(risks.page.total).toBe(0);
  const all = await zhujian.json<{ data: { enterpriseId: string }[] }>(
    'GET',
    '/supervision/risks?pageSize=200',
  );
  expect(all.data.map((r) => r.enterpriseId)).not.toContain(hongdaId);
  expect((await zhujian.get(`/supervision/enterprises/${hongdaId}/tier`)).status()).toBe(404);
  const tiers = await zhujian.json<{ data: { enterpriseId: string }[] }>(
    'GET',
    '/supervision/tiers?pageSize=200',
  );
  expect(tiers.data.map((e) => e.enterpriseId)).not.toContain(hongdaId);
});
