/**
 * Self-registration reviewed by the township: an anonymous visitor registers a new chemical plant
 * in 临港工业园区 on /register and is told it awaits review; its account cannot log in yet;
 * xiangzhen (临港工业园区, regulatorAdmin + inspector) finds it among the to-dos and in the
 * registry as pending, and approves it (the account now logs in to its enterprise home) or
 * rejects it with a reason (the reason shows on the detail, the account still cannot log in).
 */
import { daysSince } from '../support/login-checks.ts';
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { ApiClient } from '../support/api.ts';
import {
  newChemicalPlantInLingang,
  registerViaApi,
  registerViaUi,
  type NewRegistration,
} from '../support/registration.ts';
import { loginAs, logoutViaUi, submitLogin } from '../support/ui.ts';
import type { Page } from '@playwright/test';

async function expectLoginRefused(page: Page, reg: NewRegistration): Promise<void> {
  await submitLogin(page, reg.username, { password: reg.password });
  await expect(page.getByTestId('login-error')).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('user-menu')).toHaveCount(0);
}

/** xiangzhen's registry, filtered to pending registrations, with the new one in it. */
async function openPendingRow(page: Page, reg: NewRegistration) {
  await page.getByTestId('nav-enterprises').click();
  await page.getByTestId('filter-q').fill(reg.name);
  await page.getByTestId('filter-submit').click();
  const row = page.getByTestId(`enterprise-row-${reg.creditCode}`);
  await expect(row).toContainText(reg.name);
  await expect(row.getByTestId('status-pending')).toBeVisible();
  return row;
}

test('a registration approved by the township officer opens the account', async ({ page }) => {
  const reg = newChemicalPlantInLingang();
  await registerViaUi(page, reg);

  // Not active until a regulator approves it.
  await expectLoginRefused(page, reg);

  await loginAs(page, personas.xiangzhen);
  const todo = page.getByTestId('todo-pendingRegistrations');
  await expect(todo).toContainText('待审核企业注册');
  await expect(todo.locator('.ant-badge-count')).not.toHaveText('0');

  const row = await openPendingRow(page, reg);
  await row.click();
  await expect(page).toHaveURL(/\/enterprises\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('enterprise-descriptions')).toContainText(reg.creditCode);
  await expect(page.getByTestId('enterprise-descriptions')).toContainText('临港工业园区');
  await expect(page.getByTestId('enterprise-descriptions')).toContainText('危险化学品');
  await page.getByTestId('review-open').click();
  await page.getByTestId('review-approve').click();
  await page.getByTestId('review-submit').click();
  await expect(page.getByTestId('enterprise-descriptions').getByTestId('status-approved')).toBeVisible();
  await expect(page.getByTestId('review-open')).toHaveCount(0);
  await logoutViaUi(page);

  // The new account now logs in to its own enterprise home.
  await loginAs(
    page,
    { username: reg.username, workspace: 'enterprise', orgName: reg.name },
    { password: reg.password },
  );
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await expect(page.getByTestId('safe-days-banner')).toContainText('连续安全生产');
  await expect(page.getByTestId('safe-days')).toHaveText(String(daysSince(reg.safeSinceDate)));
  await expect(page.getByTestId('nav-basic-info')).toBeVisible();
  await page.getByTestId('nav-enterprise-profile').click();
  await expect(page.getByTestId('enterprise-descriptions')).toContainText(reg.name);
});

test('a registration rejected with a reason shows the reason and keeps the account closed', async ({
  page,
}) => {
  const reg = newChemicalPlantInLingang();
  const reason = `危险化学品经营许可证不在有效期内（${reg.username}）`;
  await registerViaUi(page, reg);

  await loginAs(page, personas.xiangzhen);
  const row = await openPendingRow(page, reg);
  await page.getByTestId(`review-${reg.creditCode}`).click();
  await page.getByTestId('review-reject').click();
  // A rejection needs a reason: submitting without one is refused.
  await page.getByTestId('review-submit').click();
  await expect(page.getByText('驳回时请填写原因')).toBeVisible();
  await page.getByTestId('review-reason').fill(reason);
  await page.getByTestId('review-submit').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(row.getByTestId('status-rejected')).toBeVisible();
  await expect(page.getByTestId(`review-${reg.creditCode}`)).toHaveCount(0);

  await row.click();
  await expect(page.getByTestId('enterprise-descriptions')).toContainText(reason);
  await expect(page.getByRole('alert').filter({ hasText: '注册申请已驳回' })).toContainText(reason);
  await logoutViaUi(page);

  await expectLoginRefused(page, reg);
});

test('the 待审核企业注册 to-do opens the pending registrations', async ({ page }) => {
  await loginAs(page, personas.xiangzhen);
  await page.getByTestId('todo-pendingRegistrations').click();
  await expect(page).toHaveURL(
    (url) => url.pathname === '/enterprises' && url.searchParams.get('status') === 'pending',
  );
  await expect(page.getByTestId('not-found')).toHaveCount(0);
  // The two seeded pending registrations of the park (顺发五金, 鑫盛物流) are among them.
  await expect(
    page.locator('[data-testid^="enterprise-row-"]').filter({ hasText: '顺发五金' }),
  ).toBeVisible();
  await expect(
    page.locator('[data-testid^="enterprise-row-"]').filter({ hasText: '鑫盛仓储物流' }),
  ).toBeVisible();
});

test("the registration message in the township's inbox opens the enterprise", async ({ page, request }) => {
  const reg = newChemicalPlantInLingang();
  const id = await registerViaApi(new ApiClient(request), reg);

  await loginAs(page, personas.xiangzhen);
  await page.goto('/inbox');
  await page.getByText(`企业注册待审核：${reg.name}`).click();
  await expect(page).toHaveURL((url) => url.pathname === `/enterprises/${id}`);
  await expect(page.getByTestId('enterprise-descriptions')).toContainText(reg.name);
});
