/** Filling the public self-registration form (/register) with a new enterprise. */
import { expect, type Page } from '@playwright/test';
import type { ApiClient } from './api.ts';
import { E2E_MARK, freshCreditCode, freshMobile, freshSuffix } from './demo-data.ts';

/** 临港工业园区 (the township level; the cascader may stop there). */
export const LINGANG_PARK_CODE = '990102004000';

export interface NewRegistration {
  name: string;
  creditCode: string;
  /** Cascader path, 省 → 市 → 县 → 乡镇. */
  place: string[];
  industry: string;
  safeSinceDate: string;
  username: string;
  password: string;
  phone: string;
}

/** A new enterprise in 临港工业园区, 危险化学品, with a fresh name, code, account and phone. */
export function newChemicalPlantInLingang(): NewRegistration {
  const suffix = freshSuffix();
  return {
    name: `青溪县${E2E_MARK}${suffix}化工有限公司`,
    creditCode: freshCreditCode(),
    place: ['江宁省', '临川市', '青溪县', '临港工业园区'],
    industry: '危险化学品',
    safeSinceDate: '2025-01-01',
    username: `e2e${suffix}`,
    password: 'E2e@Reg2026',
    phone: freshMobile(),
  };
}

async function pickCascaderPath(page: Page, testId: string, path: string[]): Promise<void> {
  await page.getByTestId(testId).click();
  for (const label of path) {
    await page
      .locator('.ant-cascader-menu-item')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .click();
  }
  await page.keyboard.press('Escape');
  await expect(page.getByTestId(testId).locator('..').locator('..')).toContainText(path.at(-1) ?? '');
}

/**
 * Picks a node of a multiple TreeSelect. Under load the first click can land while the list is
 * still settling (its data arrives after the popup opens), and the field stays empty: the pick is
 * retried until the field shows it, and never clicked again once it does (a click toggles).
 */
async function pickTreeOption(page: Page, testId: string, title: string): Promise<void> {
  const field = page.getByTestId(testId).locator('..').locator('..');
  await expect(async () => {
    if ((await field.textContent())?.includes(title)) return;
    await page.getByTestId(testId).click();
    await page
      .locator('.ant-select-tree-node-content-wrapper')
      .filter({ hasText: new RegExp(`^${title}( · .+)?$`) })
      .click({ timeout: 5_000 });
    await page.keyboard.press('Escape');
    await expect(field).toContainText(title, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/** Fills every field the form requires, plus the safe-since date for the home banner. */
export async function fillRegistration(page: Page, reg: NewRegistration): Promise<void> {
  await page.getByTestId('enterprise-name').fill(reg.name);
  await page.getByTestId('enterprise-credit-code').fill(reg.creditCode);
  await pickCascaderPath(page, 'enterprise-jurisdiction', reg.place);
  await page.getByTestId('enterprise-address').fill(`临港工业园区化工集中区${reg.username}号`);
  await pickTreeOption(page, 'enterprise-industries', reg.industry);
  await page.getByTestId('enterprise-scale').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '小型' }).click();
  const safeSince = page.getByLabel('安全生产起算日期');
  await safeSince.fill(reg.safeSinceDate);
  await safeSince.press('Enter');
  await expect(safeSince).toHaveValue(reg.safeSinceDate);
  await page.getByTestId('principal-name').fill('张总');
  await page.getByTestId('principal-phone').fill(freshMobile());
  await page.getByTestId('contact-name').fill('李安全');
  await page.getByTestId('contact-phone').fill(freshMobile());
  await page.getByTestId('account-username').fill(reg.username);
  await page.getByTestId('account-name').fill('李安全');
  await page.getByTestId('account-phone').fill(reg.phone);
  await page.getByTestId('account-password').fill(reg.password);
  await page.getByTestId('account-confirm-password').fill(reg.password);
}

/** Registers through /register as an anonymous visitor and waits for the confirmation. */
export async function registerViaUi(page: Page, reg: NewRegistration): Promise<void> {
  await page.goto('/register');
  await fillRegistration(page, reg);
  await page.getByTestId('registration-submit').click();
  // Either the confirmation or a field the form refused: name the refused fields if it is the latter.
  const done = page.getByTestId('registration-done');
  const refused = page.locator('.ant-form-item-explain-error, .ant-message-error');
  await expect(done.or(refused.first())).toBeVisible({ timeout: 30_000 });
  if (await refused.count()) {
    throw new Error(`registration refused: ${(await refused.allTextContents()).join('; ')}`);
  }
  await expect(done).toHaveText('已提交，等待监管部门审核');
}

/** The same registration through the API (anonymous, no session): for specs that only need the data. */
export async function registerViaApi(api: ApiClient, reg: NewRegistration): Promise<string> {
  const body = await api.json<{ data: { id: string } }>('POST', '/enterprise-registrations', {
    name: reg.name,
    creditCode: reg.creditCode,
    address: `临港工业园区化工集中区${reg.username}号`,
    jurisdictionCode: LINGANG_PARK_CODE,
    industryCodes: ['hazardous_chemicals'],
    scale: 'small',
    isHighRisk: false,
    principal: { name: '张总', phone: freshMobile() },
    contact: { name: '李安全', phone: freshMobile() },
    safeSinceDate: reg.safeSinceDate,
    account: { username: reg.username, name: '李安全', phone: reg.phone, password: reg.password },
  });
  return body.data.id;
}
