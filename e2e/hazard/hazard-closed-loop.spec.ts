/**
 * The closed loop of a general hazard across three people: gongren reports what he sees on his
 * phone (随手拍, photo taken on the spot); anquan grades it and hands it to gongren with a
 * deadline; gongren, from his 我的整改任务 to-do, rectifies it with an after-photo and signs;
 * anquan accepts it (never the rectifier) and the hazard is closed with every signature verified.
 */
import { devices, type Browser, type Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { freshSuffix } from '../support/demo-data.ts';
import { loginAs, submitLogin } from '../support/ui.ts';
import {
  expectVerifiedSignatures,
  fillDate,
  inDays,
  openStep,
  photo,
  pickExact,
  stateTag,
  submitStep,
} from './hazard-support.ts';
import { pickOption } from '../risk/risk-support.ts';

async function newPage(
  browser: Browser,
  baseURL: string | undefined,
  device: 'phone' | 'desktop',
): Promise<Page> {
  const context = await browser.newContext({
    ...(device === 'phone' ? devices['Pixel 7'] : devices['Desktop Chrome']),
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  return context.newPage();
}

test('a worker’s quick report is graded, assigned, rectified with an after-photo, accepted by someone else and closed', async ({
  page,
  browser,
  baseURL,
  apiAs,
}) => {
  const what = `泵房东侧地沟盖板缺失${freshSuffix()}`;
  const gongrenName = (
    await (
      await apiAs(personas.gongren.username)
    ).json<{ data: { user: { name: string } } }>('GET', '/auth/session')
  ).data.user.name;

  // 1. gongren, on his phone: 随手拍 with a photo.
  const phone = await newPage(browser, baseURL, 'phone');
  await submitLogin(phone, personas.gongren.username, { path: '/m/login' });
  await expect(phone).toHaveURL((url) => url.pathname === '/m');
  await phone.goto('/m/hazards/quick');
  await phone.getByTestId('hazard-quick-file').setInputFiles(photo('before.png'));
  await expect(phone.getByTestId('hazard-quick-photos').locator('img')).toHaveCount(1);
  await phone.getByTestId('hazard-quick-description').fill(`${what}，有人员踏空坠落风险`);
  await phone.getByTestId('hazard-quick-location').fill('泵房东侧');
  await phone.getByTestId('hazard-quick-submit').click();
  await expect(phone.getByTestId('hazard-quick-done')).toBeVisible();
  await phone.context().close();

  // 2. anquan finds it among the reports waiting for him, grades it and assigns it to gongren.
  await loginAs(page, personas.anquan);
  await page.goto('/hazards?state=reported');
  await expect(page.getByTestId('hazard-filter-state')).toContainText('待确认');
  await page.getByTestId('hazard-filter-q').fill(what);
  await page.getByTestId('hazard-filter-search').click();
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === what);
  await expect(page.getByTestId('hazard-link')).toHaveCount(1);
  await page.getByTestId('hazard-link').click();
  await expect(stateTag(page)).toHaveText('待确认');
  await expect(page.getByTestId('hazard-photo-before')).toHaveCount(1);

  await openStep(page, 'confirm');
  await pickExact(page, 'hazard-step-type', '安全');
  await pickExact(page, 'hazard-step-classification', '物的不安全状态');
  await pickExact(page, 'hazard-step-link', '维护保养');
  await submitStep(page, { sign: true });
  await expect(stateTag(page)).toHaveText('已确认');

  await openStep(page, 'assign');
  await pickOption(page, 'hazard-step-owner', gongrenName, gongrenName);
  await fillDate(page, 'hazard-step-deadline', inDays(7));
  await page.getByTestId('hazard-step-measures').fill('补齐地沟盖板，加装警示标识');
  await submitStep(page);
  await expect(stateTag(page)).toHaveText('整改中');
  await expect(page.getByTestId('hazard-due')).toBeVisible();
  const hazardUrl = page.url();

  // 3. gongren, at a desk: his to-do opens his rectifications; he submits his with an after-photo.
  const desk = await newPage(browser, baseURL, 'desktop');
  await loginAs(desk, personas.gongren);
  await desk.getByTestId('todo-hazardsToRectify').click();
  await expect(desk).toHaveURL(
    (url) =>
      url.pathname === '/hazards' &&
      url.searchParams.get('mine') === 'true' &&
      url.searchParams.get('state') === 'rectifying',
  );
  await desk.getByTestId('hazard-link').filter({ hasText: what }).click();
  await expect(desk).toHaveURL(hazardUrl);
  // The acceptor is never the rectifier: gongren has no 验收 here.
  await expect(desk.getByTestId('hazard-action-accept')).toHaveCount(0);
  const rectify = await openStep(desk, 'submitRectification');
  await rectify.locator('input[type=file]').setInputFiles(photo('after.png'));
  await expect(rectify.locator('.ant-upload-list-item-done, .ant-upload-list-item-image')).not.toHaveCount(0);
  await desk.getByTestId('hazard-step-note').fill('已补齐盖板两块，设置警示标识');
  await submitStep(desk, { sign: true });
  await expect(stateTag(desk)).toHaveText('待验收');
  await expect(desk.getByTestId('hazard-action-accept')).toHaveCount(0);
  await desk.context().close();

  // 4. anquan accepts it; the hazard is closed and every signature on it verifies.
  await page.reload();
  await expect(stateTag(page)).toHaveText('待验收');
  await expect(page.getByTestId('hazard-photo-after')).toHaveCount(1);
  await openStep(page, 'accept');
  await page.getByTestId('hazard-step-comment').fill('现场复查，盖板齐全牢固');
  await submitStep(page, { sign: true });
  await expect(stateTag(page)).toHaveText('已验收');
  await expect(page.getByTestId('hazard-due')).toHaveCount(0);
  await expectVerifiedSignatures(page, ['评估定级', '整改完成', '验收']);
  await expect(page.getByTestId('hazard-timeline-step')).toHaveCount(5);
  for (const action of ['quickReport', 'confirm', 'assign', 'submitRectification', 'accept']) {
    await expect(page.locator(`[data-testid="hazard-timeline-step"][data-action="${action}"]`)).toHaveCount(
      1,
    );
  }
});
