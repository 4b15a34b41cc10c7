/** The login round trip every persona's spec runs: log in, land on the right home, see the menu, log out. */
import { expect, type Page } from '@playwright/test';
import { workspaceMenus, type Persona } from './personas.ts';
import { loginAs, logoutViaUi } from './ui.ts';

/** Whole days from a 'YYYY-MM-DD' date to today in Asia/Shanghai, as the banner counts them. */
export function daysSince(isoDate: string, now = new Date()): number {
  const today = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  return Math.round((Date.parse(today) - Date.parse(isoDate)) / 86_400_000);
}

export async function expectWorkspaceMenu(
  page: Page,
  persona: Persona,
  language: 'zh' | 'en' = 'zh',
): Promise<void> {
  const menu = page.getByTestId('side-menu');
  const { shows, hides } = workspaceMenus[persona.workspace];
  for (const entry of shows) {
    await expect(menu.getByTestId(entry.testId), `${persona.username} sees ${entry.zh}`).toHaveText(
      entry[language],
    );
  }
  for (const entry of hides) {
    await expect(menu.getByTestId(entry.testId), `${persona.username} does not see ${entry.zh}`).toHaveCount(
      0,
    );
    await expect(menu.getByText(entry[language], { exact: true })).toHaveCount(0);
  }
}

/**
 * Logs the persona in through the login page and checks the home of its workspace:
 * enterprise → the 连续安全生产 N 天 banner; regulator → registry statistics; admin → calendar status.
 */
export async function checkLoginRoundTrip(
  page: Page,
  persona: Persona,
  safeSinceDate?: string,
): Promise<void> {
  await loginAs(page, persona);
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await expect(page.getByTestId('home-greeting')).toBeVisible();

  const banner = page.getByTestId('safe-days-banner');
  if (persona.workspace === 'enterprise') {
    await expect(banner).toContainText('连续安全生产');
    if (safeSinceDate)
      await expect(banner.getByTestId('safe-days')).toHaveText(String(daysSince(safeSinceDate)));
  } else {
    await expect(banner).toHaveCount(0);
  }
  // Regulators (and the platform) get the registry figures; enterprises do not.
  await expect(page.getByTestId('stat-enterprises')).toHaveCount(persona.workspace === 'enterprise' ? 0 : 1);

  await expectWorkspaceMenu(page, persona);
  await logoutViaUi(page);

  // The session is gone: a protected page sends the browser back to the login page.
  await page.goto('/');
  await expect(page).toHaveURL(/\/login\?redirect=/);
}
