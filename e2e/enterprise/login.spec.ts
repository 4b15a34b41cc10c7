/**
 * Enterprise personas log in through the login page: each lands on the enterprise home with the
 * 连续安全生产 N 天 banner, sees 基础信息 / 组织机构 and none of the regulator or admin menus, and
 * logs out. Also: a wrong password, and the language switch.
 */
import { demoEnterprise } from '../support/demo-data.ts';
import { expect, test } from '../support/fixtures.ts';
import { checkLoginRoundTrip, expectWorkspaceMenu } from '../support/login-checks.ts';
import { menuEntries, personas } from '../support/personas.ts';
import { loginAs, submitLogin } from '../support/ui.ts';

const hongda = demoEnterprise('hongda-chemical');

for (const persona of [personas.anquan, personas.gongren, personas.fuzeren]) {
  test(`${persona.username} logs in to the enterprise home and logs out`, async ({ page }) => {
    await checkLoginRoundTrip(page, persona, hongda.safeSinceDate);
  });
}

test('a wrong password shows the error and stays on the login page', async ({ page }) => {
  await submitLogin(page, personas.anquan.username, { password: 'Wrong@2026' });
  await expect(page.getByTestId('login-error')).toContainText('用户名或密码错误');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('user-menu')).toHaveCount(0);
});

test.describe('in a browser set to English', () => {
  test.use({ locale: 'en-US' });

  test('the login page still opens in zh-CN', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByTestId('login-submit')).toHaveText(/登\s*录/);
  });
});

test('zh-CN is the default language; switching to English changes the menu', async ({ page }) => {
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', /zh/);
  await expect(page.getByTestId('login-submit')).toHaveText(/登\s*录/);

  await loginAs(page, personas.anquan);
  await expectWorkspaceMenu(page, personas.anquan, 'zh');
  await expect(page.getByTestId('language-switch')).toHaveText('中文');

  await page.getByTestId('language-switch').click();
  await page.getByTestId('language-en-US').click();
  await expectWorkspaceMenu(page, personas.anquan, 'en');
  await expect(page.getByTestId(menuEntries.basicInfo.testId)).toHaveText('Basic information');
  await expect(page.getByTestId('language-switch')).toHaveText('English');

  // The choice is remembered across a reload.
  await page.reload();
  await expect(page.getByTestId(menuEntries.orgUnits.testId)).toHaveText('Organisation');
});
