/**
 * The major-hazard path up to the hand-over to the regulators: fuzeren (the principal) signs the
 * treatment plan anquan drafted for the seeded 液氯储罐区未实现紧急切断功能 (五落实 on the page);
 * anquan, the plan's owner, submits the rectification with the evaluation; fuzeren accepts it; and
 * anquan hands it over to the regulators' verification (核查), where the enterprise's part ends.
 */
import { devices } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { loginAs } from '../support/ui.ts';
import {
  expectVerifiedSignatures,
  fillDate,
  inDays,
  openStep,
  photo,
  stateTag,
  submitStep,
} from './hazard-support.ts';

const HAZARD = '液氯储罐区未实现紧急切断功能';

test('the principal signs the plan of a major hazard; it is rectified, evaluated, accepted and handed over', async ({
  page,
  browser,
  baseURL,
}) => {
  // fuzeren's to-do 待签批的治理方案 opens the major hazards whose plan waits for him.
  await loginAs(page, personas.fuzeren);
  await page.getByTestId('todo-hazardPlansToSign').click();
  await expect(page).toHaveURL(
    (url) => url.pathname === '/hazards' && url.searchParams.get('grade') === 'major',
  );
  await page.getByTestId('hazard-link').filter({ hasText: HAZARD }).click();
  await expect(stateTag(page)).toHaveText('已确认');
  const plan = page.getByTestId('hazard-plan');
  await expect(plan).toContainText('加装紧急切断阀并与有毒气体报警联锁');
  await expect(plan).toContainText('260');

  await openStep(page, 'approvePlan');
  await page.getByTestId('hazard-step-comment').fill('同意，资金从安全生产费用列支');
  await submitStep(page, { sign: true });
  await expect(stateTag(page)).toHaveText('整改中');
  const hazardUrl = page.url();

  // anquan, the plan's owner, submits the rectification with the third-party evaluation.
  const context = await browser.newContext({
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const anquan = await context.newPage();
  await loginAs(anquan, personas.anquan);
  await anquan.goto(hazardUrl);
  const rectify = await openStep(anquan, 'submitRectification');
  await rectify.locator('input[type=file]').setInputFiles(photo('valve.png'));
  await expect(rectify.locator('.ant-upload-list-item-done, .ant-upload-list-item-image')).not.toHaveCount(0);
  await anquan
    .getByTestId('hazard-step-note')
    .fill('出料管线已加装气动紧急切断阀，接入SIS并与有毒气体报警联锁，联锁测试合格');
  await expect(anquan.getByTestId('hazard-step-with-evaluation')).toBeChecked();
  await rectify.getByLabel('评估单位或专家').fill('江宁安科安全技术咨询有限公司');
  await rectify.getByLabel('第三方机构评估').check();
  await fillDate(anquan, 'hazard-step-evaluation-date', inDays(0));
  await rectify.getByLabel('评估结论').fill('紧急切断阀及联锁满足GB 50160要求，隐患已消除');
  await submitStep(anquan, { sign: true });
  await expect(stateTag(anquan)).toHaveText('待验收');

  // fuzeren accepts it; anquan, who rectified, could not have.
  await expect(anquan.getByTestId('hazard-action-accept')).toHaveCount(0);
  await page.reload();
  await openStep(page, 'accept');
  await page.getByTestId('hazard-step-comment').fill('现场验收，切断阀动作正常');
  await submitStep(page, { sign: true });
  await expect(stateTag(page)).toHaveText('已验收');
  await expectVerifiedSignatures(page, ['评估定级', '批准治理方案', '整改完成', '验收']);

  // anquan hands the closed major hazard over to the regulators' verification.
  await anquan.reload();
  await openStep(anquan, 'handOver');
  await submitStep(anquan);
  await expect(stateTag(anquan)).toHaveText('已移交核查');
  await expect(anquan.locator('[data-testid^="hazard-action-"]')).toHaveCount(0);
  await context.close();
});
