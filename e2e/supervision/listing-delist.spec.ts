/**
 * 挂牌督办 from listing to delisting: yingji (county emergency bureau) lists the showcase
 * enterprise's major hazard 氯化反应釜安全阀未正常投用 from the regulators' major hazards; its
 * rectification was taken through the hazard steps by the demo seed (plan signed, rectified,
 * accepted, handed over), so anquan asks the agency it commissioned for the third-party
 * evaluation; pingjia (the agency) records it with the report; yingji verifies on site and
 * delists it, and the public list shows the delisting.
 */
import { devices, type Browser, type Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { pickOption } from '../risk/risk-support.ts';
import { loginAs } from '../support/ui.ts';

const HAZARD = '氯化反应釜安全阀未正常投用';
const DOC_NO = '青应急督〔2026〕21号';
// A minimal PDF: the server judges uploads by their content.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const stateOf = (page: Page) => page.getByTestId('listing-state').first();

async function newPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  return context.newPage();
}

async function openAction(page: Page, ability: string, step: string) {
  await page.getByTestId(`listing-action-${ability}`).click();
  const form = page.getByTestId(`listing-step-${step}`);
  await expect(form).toBeVisible();
  return form;
}

async function submitAction(page: Page) {
  await page.getByTestId('listing-step-submit').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

test('a major hazard is listed, evaluated by the agency, verified and delisted', async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  // Three people in turn, each logging in and taking a step through dialogs.
  test.slow();
  // yingji lists it from 重大隐患 (all, since the enterprise has handed it over).
  await loginAs(page, personas.yingji);
  await page.getByTestId('nav-major-hazards').click();
  await page.getByTestId('regional-major-scope').getByText('全部').click();
  const row = page.getByTestId('regional-major-list').locator('tr', { hasText: HAZARD });
  await row.getByTestId('major-hazard-list-action').click();
  await expect(page.getByTestId('listing-create-form')).toBeVisible();
  await page.getByTestId('listing-authority-name').fill('青溪县应急管理局');
  await page.getByTestId('listing-document-no-input').fill(DOC_NO);
  await page
    .getByTestId('listing-requirements')
    .fill('安全阀恢复投用，切断阀铅封管理；整改完成后委托第三方评估，经现场核查合格后摘牌。');
  await page.getByTestId('listing-create-submit').click();
  await expect(page.getByTestId('listing-title')).toHaveText(HAZARD);
  await expect(stateOf(page)).toHaveText('督办整改中');
  await expect(page.getByTestId('listing-document-no')).toHaveText(DOC_NO);
  await expect(page.getByTestId('listing-due')).toContainText('剩余 20 个工作日');
  // The enterprise's own plan and progress, live from its hazard records.
  const progress = page.getByTestId('listing-progress');
  await expect(progress).toContainText('安全阀恢复投用并建立切断阀铅封管理');
  await expect(page.getByTestId('listing-hazard-state')).toHaveText('已移交核查');
  const listingUrl = new URL(page.url()).pathname;

  // anquan's own page of the hazard says it is listed, by whom and until when, and leads to the
  // listing, where she asks for the evaluation.
  const anquan = await newPage(browser, baseURL);
  await loginAs(anquan, personas.anquan);
  await anquan.goto(`/hazards?grade=major&q=${encodeURIComponent(HAZARD)}`);
  await anquan.getByTestId('hazard-link').filter({ hasText: HAZARD }).click();
  const notice = anquan.getByTestId('hazard-listing-notice');
  await expect(notice).toContainText(`青溪县应急管理局挂牌督办（${DOC_NO}）`);
  await notice.getByTestId('hazard-listing-link').click();
  await expect(anquan).toHaveURL((url) => url.pathname === listingUrl);
  await expect(stateOf(anquan)).toHaveText('督办整改中');
  await openAction(anquan, 'requestEvaluation', 'requestEvaluation');
  // The platform's agency accounts, as the dialog offers them: she picks the first by its name.
  const agencies = (await (await anquan.request.get('/api/v1/supervision/listing-agencies')).json()) as {
    data: { name: string }[];
  };
  await pickOption(anquan, 'listing-agency-select', agencies.data[0]!.name);
  await submitAction(anquan);
  await expect(stateOf(anquan)).toHaveText('待第三方评估');
  await expect(anquan.getByTestId('listing-evaluation-due')).toContainText('剩余 10 个工作日');
  await anquan.context().close();

  // pingjia, the agency, records the evaluation with its report.
  const agency = await newPage(browser, baseURL);
  await loginAs(agency, 'pingjia');
  await agency.getByTestId('nav-supervision-evaluations').click();
  await agency.getByTestId('listing-link').filter({ hasText: HAZARD }).click();
  const evaluation = await openAction(agency, 'recordEvaluation', 'evaluations');
  await agency.getByTestId('listing-agency-name').fill('江苏安信安全评价有限公司');
  await agency.getByTestId('listing-evaluators').fill('安全评价师 2 人');
  await agency.getByTestId('listing-conclusion').fill('安全阀已校验投用，切断阀铅封开，隐患已消除。');
  await evaluation
    .locator('input[type=file]')
    .setInputFiles({ name: '安全评价报告.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(agency.getByTestId('listing-report-uploaded')).toContainText('安全评价报告.pdf');
  await submitAction(agency);
  await expect(stateOf(agency)).toHaveText('待现场核查');
  // The agency records evaluations only.
  await expect(agency.locator('[data-testid^="listing-action-"]')).toHaveCount(0);
  await agency.context().close();

  // yingji verifies on site and delists it with the notice.
  await page.goto(listingUrl);
  await expect(page.getByTestId('listing-evaluations')).toContainText('江苏安信安全评价有限公司');
  await openAction(page, 'recordVerification', 'verifications');
  await page.getByTestId('listing-inspectors').fill('县应急管理局危化股 2 人');
  await page.getByTestId('listing-conclusion').fill('现场核查：安全阀投用，铅封台账齐全，整改到位。');
  await submitAction(page);
  await expect(stateOf(page)).toHaveText('待摘牌');
  await openAction(page, 'delist', 'delisting');
  await expect(page.getByTestId('listing-notice')).toHaveValue(/准予摘牌/);
  await submitAction(page);
  await expect(stateOf(page)).toHaveText('已摘牌');
  await expect(page.getByTestId('listing-delisting')).toContainText('准予摘牌');

  // The public list (no sign-in) shows the delisting.
  const pub = await request.get('/api/v1/public/listed-hazards');
  expect(pub.status()).toBe(200);
  const lines = ((await pub.json()) as { data: { documentNo: string; state: string; hazardName: string }[] })
    .data;
  expect(lines.find((l) => l.documentNo === DOC_NO)).toMatchObject({ state: 'delisted', hazardName: HAZARD });
});
