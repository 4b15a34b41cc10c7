/**
 * A regulator sees only the enterprises in its remit (监管职责: place × industry).
 * - zhujian (县住建局: construction, gas, municipal, heating) lists exactly the demo enterprises
 *   of those industries; 宏达化工 (hazardous chemicals) is not among them, searching 宏达 finds
 *   nothing, and 宏达化工's detail URL opened directly shows the not-found page.
 * - yingji (县应急局: every industry in the county) lists 宏达化工, and the registry total is every
 *   demo enterprise (approved + pending + rejected) plus the ones other specs registered.
 */
import {
  demoCreditCodes,
  demoEnterprise,
  demoEnterprises,
  E2E_MARK,
  enterprisesCoveredBy,
  creditCodeOf,
} from '../support/demo-data.ts';
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { loginAs, registryTotal } from '../support/ui.ts';

const hongda = demoEnterprise('hongda-chemical');
const housingRemit = enterprisesCoveredBy('qx-housing');
const rows = '[data-testid^="enterprise-row-"]';

test.describe('zhujian (县住房和城乡建设局)', () => {
  test('the 企业名录 lists only construction, gas, municipal and heating enterprises', async ({
    page,
    pageApi,
  }) => {
    // The seed's own remit rule, checked against what the demo data is meant to show.
    const expectedCodes = housingRemit.map(creditCodeOf).sort();
    expect(housingRemit.map((e) => e.key)).toEqual(
      expect.arrayContaining(['donghu-construction-p3', 'baishi-lpg']),
    );
    expect(housingRemit.map((e) => e.key)).not.toContain('hongda-chemical');
    for (const e of housingRemit) {
      expect(e.industryCodes.some((c) => ['construction', 'gas', 'municipal', 'heating'].includes(c))).toBe(
        true,
      );
    }

    await loginAs(page, personas.zhujian);
    await page.getByTestId('nav-enterprises').click();
    await expect(page).toHaveURL(/\/enterprises/);
    await expect(page.locator(rows)).toHaveCount(expectedCodes.length);
    const shownCodes = (
      await page.locator(rows).evaluateAll((els) => els.map((el) => el.getAttribute('data-testid') ?? ''))
    )
      .map((id) => id.replace('enterprise-row-', ''))
      .sort();
    expect(shownCodes).toEqual(expectedCodes);
    await expect.poll(() => registryTotal(page)).toBe(expectedCodes.length);

    const site = demoEnterprise('donghu-construction-p3');
    const lpg = demoEnterprise('baishi-lpg');
    await expect(page.getByTestId(`enterprise-row-${site.creditCode}`)).toContainText('东湖花园三期项目部');
    await expect(page.getByTestId(`enterprise-row-${lpg.creditCode}`)).toContainText('液化石油气');
    await expect(page.getByTestId(`enterprise-row-${hongda.creditCode}`)).toHaveCount(0);

    // The API answers the same set: the page is not merely hiding rows.
    const { rows: apiRows } = await pageApi.enterprises();
    expect(apiRows.map((e) => e.creditCode).sort()).toEqual(expectedCodes);
  });

  test('searching 宏达 finds nothing, while a name in the remit is found', async ({ page, pageApi }) => {
    await loginAs(page, personas.zhujian);
    await page.goto('/enterprises');
    await expect(page.locator(rows)).toHaveCount(housingRemit.length);

    // Positive control first: the search works for a name in the remit.
    await page.getByTestId('filter-q').fill('燃气');
    await page.getByTestId('filter-submit').click();
    await expect(page).toHaveURL(/q=/);
    const antai = demoEnterprise('antai-gas');
    await expect(page.getByTestId(`enterprise-row-${antai.creditCode}`)).toBeVisible();
    // Only the matching names are left: the page has taken the search in (the form follows the URL,
    // so typing before that would be overwritten).
    const gas = housingRemit.filter((e) => e.name.includes('燃气'));
    expect(gas.length).toBeLessThan(housingRemit.length);
    await expect(page.locator(rows)).toHaveCount(gas.length);
    await expect(page.getByTestId('filter-q')).toHaveValue('燃气');

    await page.getByTestId('filter-q').fill('宏达');
    await page.getByTestId('filter-submit').click();
    await expect(page).toHaveURL(/q=%E5%AE%8F%E8%BE%BE|q=宏达/);
    await expect(page.locator(rows)).toHaveCount(0);
    await expect(page.locator('.ant-table-placeholder')).toBeVisible();
    expect((await pageApi.enterprises({ q: '宏达' })).total).toBe(0);
  });

  test("宏达化工's detail URL opened directly shows the not-found page", async ({ page, pageApi, apiAs }) => {
    const yingji = await apiAs(personas.yingji.username);
    const target = await yingji.enterpriseNamed('宏达化工');
    expect(target.creditCode).toBe(hongda.creditCode);

    await loginAs(page, personas.zhujian);
    await page.goto(`/enterprises/${target.id}`);
    await expect(page.getByTestId('not-found')).toBeVisible();
    await expect(page.getByTestId('enterprise-descriptions')).toHaveCount(0);
    await expect(page.getByText(hongda.name)).toHaveCount(0);
    expect((await pageApi.get(`/enterprises/${target.id}`)).status()).toBe(404);
  });
});

test.describe('yingji (县应急管理局)', () => {
  test('the 企业名录 shows 宏达化工 and every enterprise of the county', async ({ page, pageApi }) => {
    await loginAs(page, personas.yingji);
    await page.getByTestId('nav-enterprises').click();

    // The registry is sorted by name, so 宏达化工 may sit on a later page: search it.
    await page.getByTestId('filter-q').fill('宏达');
    await page.getByTestId('filter-submit').click();
    await expect(page.getByTestId(`enterprise-row-${hongda.creditCode}`)).toContainText(hongda.name);
    await page.getByTestId('filter-reset').click();
    await expect(page).not.toHaveURL(/q=/);

    // Every demo enterprise whatever its status (38 approved, 2 pending, 1 rejected), plus the
    // enterprises other specs registered in this run (all marked E2E in their name).
    const statuses = new Set(demoEnterprises.map((e) => e.status));
    expect(statuses).toEqual(new Set(['approved', 'pending', 'rejected']));
    const { rows: all, total } = await pageApi.enterprises();
    const listed = new Set(all.map((e) => e.creditCode));
    for (const code of demoCreditCodes) expect(listed.has(code), `demo enterprise ${code} listed`).toBe(true);
    const extra = all.filter((e) => !demoCreditCodes.has(e.creditCode));
    for (const e of extra) expect(e.name, 'only specs add enterprises').toContain(E2E_MARK);
    expect(total).toBe(demoEnterprises.length + extra.length);

    await expect.poll(() => registryTotal(page)).toBe(total);
  });
});
