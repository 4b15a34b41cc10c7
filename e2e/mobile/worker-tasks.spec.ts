/**
 * Phone (Pixel 7, 412 px wide): gongren, a shift worker of 宏达化工, logs in on /m/login and lands
 * on 我的任务 with his to-dos (the hazards he owns) and the bottom tabs; nothing scrolls sideways.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { submitLogin } from '../support/ui.ts';

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
    innerWidth: window.innerWidth,
  }));
  expect(innerWidth).toBe(412);
  expect(scrollWidth, 'page wider than the screen').toBeLessThanOrEqual(innerWidth);
}

test('gongren logs in on the phone and sees 我的任务 with his rectifications to do', async ({ page }) => {
  await page.goto('/m/login');
  await expectNoHorizontalScroll(page);

  await submitLogin(page, personas.gongren.username, { path: '/m/login' });
  await expect(page).toHaveURL((url) => url.pathname === '/m');
  await expect(page.getByTestId('m-title')).toHaveText('我的任务');
  await expect(page.getByTestId('todo-hazardsToRectify')).toContainText('我的整改任务');
  await expect(page.getByTestId('safe-days-banner')).toContainText('连续安全生产');

  for (const tab of ['home', 'tasks', 'quickReport', 'me']) {
    await expect(page.getByTestId(`m-tab-${tab}`)).toBeVisible();
  }
  await expect(page.getByTestId('m-tab-tasks')).toHaveAttribute('aria-current', 'page');
  // The tabs sit at the bottom of the screen, with touch-sized targets.
  const box = await page.getByTestId('m-tab-tasks').boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && box.y + box.height).toBeGreaterThan((viewport?.height ?? 0) - 100);
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  await expectNoHorizontalScroll(page);

  await page.getByTestId('m-tab-me').click();
  await expect(page).toHaveURL(/\/m\/me$/);
  await expect(page.getByTestId('m-user-name')).toBeVisible();
  await expectNoHorizontalScroll(page);
});
