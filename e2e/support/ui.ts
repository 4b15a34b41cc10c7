/** Logging in and out through the pages, as a person would. */
import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, type Persona } from './personas.ts';

export interface LoginOptions {
  password?: string;
  /** '/login' (desktop) or '/m/login' (phone). */
  path?: string;
}

/** Fills and submits the login form; does not wait for the outcome. */
export async function submitLogin(page: Page, username: string, options: LoginOptions = {}): Promise<void> {
  await page.goto(options.path ?? '/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(options.password ?? DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
}

/** Logs in on the desktop login page and waits for the shell with the user's organisation. */
export async function loginAs(
  page: Page,
  persona: Persona | string,
  options: LoginOptions = {},
): Promise<void> {
  const username = typeof persona === 'string' ? persona : persona.username;
  await submitLogin(page, username, options);
  await expect(page.getByTestId('user-menu')).toBeVisible();
  if (typeof persona !== 'string') await expect(page.getByTestId('org-name')).toHaveText(persona.orgName);
}

/**
 * Logs out through the user menu and waits for the login page. The home page may still be
 * filling in (to-dos, messages) and shifting under the dropdown, so a missed click is retried.
 */
export async function logoutViaUi(page: Page): Promise<void> {
  const onLoginPage = () => new URL(page.url()).pathname === '/login';
  await expect(async () => {
    if (onLoginPage()) return;
    const logout = page.getByTestId('logout');
    if (!(await logout.isVisible())) await page.getByTestId('user-menu').click({ timeout: 2_000 });
    await logout.click({ timeout: 2_000 });
    await expect(page).toHaveURL(/\/login$/, { timeout: 5_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('login-submit')).toBeVisible();
}

/** The list's "共 N 条" total as a number; NaN while it is not shown (use with expect.poll). */
export async function registryTotal(page: Page): Promise<number> {
  const total = page.locator('.ant-pagination-total-text');
  if ((await total.count()) === 0) return Number.NaN;
  const match = /(\d+)/.exec(await total.first().innerText());
  return match?.[1] ? Number(match[1]) : Number.NaN;
}
