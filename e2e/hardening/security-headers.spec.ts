import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { loginAs, submitLogin } from '../support/ui.ts';

/** Collects every Content-Security-Policy violation the page reports. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportCspViolation(t: string): void }).reportCspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

test('the web app works under its Content-Security-Policy: login, register, map and cards', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  const response = await page.goto('/login');
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response?.headers()['x-frame-options']).toBe('DENY');
  await loginAs(page, personas.anquan);
  for (const path of ['/risk/register', '/risk/map', '/risk/cards']) {
    await page.goto(path);
    await expect(page.getByTestId('user-menu')).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test('the API docs work under the same policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/api/docs/');
  await expect(page.locator('.swagger-ui .opblock').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('a locked account is told when the lock ends', async ({ page }) => {
  // A login that names no account is locked exactly like a real one (no enumeration), so none is spent here.
  for (let i = 0; i < 5; i += 1) await submitLogin(page, 'nobody-here', { password: 'wrong-password' });
  await submitLogin(page, 'nobody-here', { password: 'wrong-password' });
  await expect(page.getByText(/请于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 后再试/)).toBeVisible();
});
