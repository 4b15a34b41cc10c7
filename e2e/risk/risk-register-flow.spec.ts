/**
 * The register's whole round, through the pages, as 宏达化工's people do it:
 * - anquan (安全环保部部长) adds a risk object, an analysis unit under it (owner a person of
 *   储运车间, 储运车间 responsible) and two risk events; assesses each event's inherent risk with
 *   LEC and its residual risk with LEC (the first) and LS (the second), watching the live
 *   score and level follow the factors before saving; adds a 工程控制 measure with an owner and an
 *   emergency measure; links the unit to the 装卸监护员 post; submits the unit;
 * - a 车间主任 (unitLead) reviews it, fuzeren (总经理) approves it: 已批准, three signed steps, and
 *   the approval wrote version 1 (API);
 * - anquan places the unit on the demo site plan: the polygon takes the unit's current level;
 * - the 装卸监护员 post card shows the unit with its level, a QR code that opens the unit on the
 *   phone, and switches between A4 and A5.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { loginAs } from '../support/ui.ts';
import {
  closeDropdown,
  DEMO_SITE_PLAN,
  freshCode,
  hongdaPrincipal,
  hongdaUnitLead,
  LOADING_MONITOR_POST,
  pickOption,
  pickTreeNode,
  selectedUnitId,
  sessionOf,
  STORAGE_WORKSHOP,
  storageHead,
  switchUser,
} from './risk-support.ts';

// A click that cannot happen fails in seconds, not at the end of the test's time.
test.use({ actionTimeout: 15_000 });

type Level = 'major' | 'significant' | 'general' | 'low';

/** The live result of the open assessment form, once it shows `level` and `score`. */
async function expectLive(page: Page, level: Level, score: number): Promise<void> {
  const result = page.getByTestId('risk-assessment-result');
  await expect(result).toHaveAttribute('data-score', String(score));
  await expect(result).toHaveAttribute('data-level', level);
}

/** Picks factor values one by one (`risk-factor-<key>-<value>`) in the open assessment form. */
async function pickFactors(page: Page, picks: [string, number][]): Promise<void> {
  for (const [key, value] of picks) await page.getByTestId(`risk-factor-${key}-${value}`).click();
}

async function saveAssessment(page: Page): Promise<void> {
  await page.getByTestId('risk-assessment-save').click();
  await expect(page.getByTestId('risk-assessment-panel')).toHaveCount(0);
}

test('a unit goes from identification through approval onto the map and the post card', async ({
  page,
  pageApi,
}) => {
  // Three people, ~60 form interactions, the map and the card: longer than the default minute.
  test.setTimeout(120_000);
  const objectCode = freshCode('E2E-O');
  const unitCode = `${objectCode}-1`;
  const objectName = `E2E 液氯装卸区 ${objectCode}`;
  const unitName = `E2E 液氯槽车装卸 ${objectCode}`;
  const leak = `E2E 装卸软管破裂液氯泄漏 ${objectCode}`;
  const fall = `E2E 槽车顶部作业高处坠落 ${objectCode}`;
  const controlMeasure = `装卸鹤管设置紧急切断阀和拉断阀（${objectCode}）`;
  const emergencyMeasure = `立即关闭紧急切断阀，佩戴正压式空气呼吸器撤离至上风向（${objectCode}）`;

  await loginAs(page, personas.anquan);
  await pageApi.adoptSession();
  const enterpriseId = (await sessionOf(pageApi)).enterprise?.id ?? '';
  expect(enterpriseId).not.toBe('');

  await page.goto('/risk/register');
  await expect(page.getByTestId('risk-tree')).toBeVisible();

  await test.step('anquan adds a risk object and a unit under it', async () => {
    await page.getByTestId('risk-add-object').click();
    await page.getByTestId('risk-object-code').fill(objectCode);
    await page.getByTestId('risk-object-name').fill(objectName);
    await page.getByTestId('risk-object-kind').getByText('区域/场所').click();
    await pickOption(page, 'risk-object-unit', STORAGE_WORKSHOP, STORAGE_WORKSHOP);
    await expect(page.getByTestId('risk-object-major')).not.toBeChecked();
    await page.getByTestId('risk-object-save').click();
    await expect(page.getByTestId('risk-object-detail')).toContainText(objectName);
    await expect(page.getByTestId(`risk-tree-object-${objectCode}`)).toBeVisible();

    await page.getByTestId('risk-add-unit').click();
    await expect(page.getByTestId('risk-unit-object')).toContainText(objectCode);
    await page.getByTestId('risk-unit-code').fill(unitCode);
    await page.getByTestId('risk-unit-name').fill(unitName);
    await pickOption(page, 'risk-unit-dept', STORAGE_WORKSHOP, STORAGE_WORKSHOP);
    await pickOption(page, 'risk-unit-owner', storageHead.name, storageHead.name);
    await page.getByTestId('risk-unit-save').click();
    await expect(page.getByTestId('risk-unit-title')).toHaveText(`${unitCode} ${unitName}`);
    await expect(page.getByTestId('risk-unit-status')).toHaveAttribute('data-status', 'draft');
    // The new unit shows in the tree at once, under its (previously empty) object.
    await expect(page.getByTestId(`risk-tree-unit-${unitCode}`)).toBeVisible();
  });
  const unitId = await selectedUnitId(page);
  await expect(page.getByTestId('risk-unit-detail')).toHaveAttribute('data-unit-id', unitId);

  await test.step('anquan identifies two risk events', async () => {
    const events: {
      name: string;
      factor: [string, string];
      accident: string;
      state: string;
      consequences: string;
    }[] = [
      {
        name: leak,
        factor: ['210104 密封不良', '密封不良'],
        accident: '中毒和窒息',
        state: '异常',
        consequences: '液氯泄漏导致人员中毒',
      },
      {
        name: fall,
        factor: ['120202 违章作业', '违章作业'],
        accident: '高处坠落',
        state: '正常',
        consequences: '人员从槽车顶部坠落受伤',
      },
    ];
    for (const [i, e] of events.entries()) {
      await page.getByTestId('risk-add-event').click();
      await page.getByTestId('risk-event-name').fill(e.name);
      await pickTreeNode(page, 'risk-event-factors', e.factor[0], e.factor[1]);
      await closeDropdown(page);
      await pickOption(page, 'risk-event-accident-1986', e.accident, e.accident);
      await closeDropdown(page);
      await page.getByTestId('risk-event-state').getByText(e.state, { exact: true }).click();
      await page.getByTestId('risk-event-tense').getByText('现在', { exact: true }).click();
      await page.getByTestId('risk-event-consequences').fill(e.consequences);
      await page.getByTestId('risk-event-save').click();
      await expect(page.getByTestId('risk-event-name')).toHaveCount(0);
      await expect(page.getByTestId('risk-event')).toHaveCount(i + 1);
      const card = page.getByTestId('risk-event').filter({ hasText: e.name });
      await expect(card).toContainText(e.factor[0]);
      await expect(card).toContainText(e.accident);
    }
  });
  const leakCard = page.getByTestId('risk-event').filter({ hasText: leak });
  const fallCard = page.getByTestId('risk-event').filter({ hasText: fall });

  await test.step('inherent risk by LEC: the level follows the factors as they are picked', async () => {
    await leakCard.getByTestId('risk-event-assess-inherent').click();
    await page.getByTestId('risk-method-lec').click();
    await pickFactors(page, [
      ['l', 6],
      ['e', 6],
    ]);
    // Not every factor picked yet: no result, nothing to save.
    await expect(page.getByTestId('risk-assessment-result-empty')).toBeVisible();
    await expect(page.getByTestId('risk-assessment-save')).toBeDisabled();
    await pickFactors(page, [['c', 7]]);
    await expectLive(page, 'significant', 252); // 6 × 6 × 7
    await pickFactors(page, [['c', 15]]);
    await expectLive(page, 'major', 540); // 6 × 6 × 15
    await expect(page.getByTestId('risk-assessment-level')).toHaveText('重大风险');
    await saveAssessment(page);
    await expect(leakCard.getByTestId('risk-event-inherent-level')).toHaveAttribute('data-level', 'major');

    await fallCard.getByTestId('risk-event-assess-inherent').click();
    await page.getByTestId('risk-method-lec').click();
    await pickFactors(page, [
      ['l', 3],
      ['e', 3],
      ['c', 7],
    ]);
    await expectLive(page, 'low', 63); // 3 × 3 × 7
    await pickFactors(page, [['c', 15]]);
    await expectLive(page, 'general', 135); // 3 × 3 × 15
    await saveAssessment(page);
    await expect(fallCard.getByTestId('risk-event-inherent-level')).toHaveAttribute('data-level', 'general');
  });

  await test.step('residual risk: LEC for the leak, LS for the fall', async () => {
    await leakCard.getByTestId('risk-event-assess-residual').click();
    await page.getByTestId('risk-method-lec').click();
    await pickFactors(page, [
      ['l', 1],
      ['e', 6],
      ['c', 15],
    ]);
    await expectLive(page, 'general', 90); // 1 × 6 × 15
    await saveAssessment(page);
    await expect(leakCard.getByTestId('risk-event-residual-level')).toHaveAttribute('data-level', 'general');

    await fallCard.getByTestId('risk-event-assess-residual').click();
    await page.getByTestId('risk-method-ls').click();
    await pickFactors(page, [
      ['l', 2],
      ['s', 3],
    ]);
    await expectLive(page, 'general', 6); // 2 × 3
    await pickFactors(page, [['s', 2]]);
    await expectLive(page, 'low', 4); // 2 × 2
    await saveAssessment(page);
    await expect(fallCard.getByTestId('risk-event-residual-level')).toHaveAttribute('data-level', 'low');

    // The unit takes the highest of its events: inherent 重大, residual and current 一般.
    await expect(page.getByTestId('risk-unit-inherent')).toHaveAttribute('data-level', 'major');
    await expect(page.getByTestId('risk-unit-residual')).toHaveAttribute('data-level', 'general');
    await expect(page.getByTestId('risk-unit-current')).toHaveAttribute('data-level', 'general');
  });

  await test.step('anquan adds a 工程控制 measure with an owner and an emergency measure', async () => {
    await leakCard.getByTestId('risk-add-measure').click();
    await page.getByTestId('risk-measure-hierarchy').getByText('工程控制', { exact: true }).click();
    await page.getByTestId('risk-measure-content').fill(controlMeasure);
    await pickOption(page, 'risk-measure-classify1', '工程技术');
    await pickOption(page, 'risk-measure-classify2', '1-4 安全仪表');
    await pickOption(page, 'risk-measure-owner', storageHead.name, storageHead.name);
    await page.getByTestId('risk-measure-save').click();
    await expect(page.getByTestId('risk-measure-content')).toHaveCount(0);
    const measures = leakCard.getByTestId('risk-measures');
    await expect(measures.getByTestId('risk-measure-item')).toHaveCount(1);
    await expect(measures).toContainText('工程控制');
    await expect(measures).toContainText(controlMeasure);

    await leakCard.getByTestId('risk-add-emergency').click();
    await expect(page.getByTestId('risk-measure-hierarchy')).toHaveCount(0);
    await page.getByTestId('risk-measure-content').fill(emergencyMeasure);
    await pickOption(page, 'risk-measure-classify2', '4-2 个体防护');
    await page.getByTestId('risk-measure-save').click();
    await expect(page.getByTestId('risk-measure-content')).toHaveCount(0);
    await expect(leakCard.getByTestId('risk-emergency-measures')).toContainText(emergencyMeasure);
  });

  await test.step('anquan deletes a measure added by mistake, giving the reason the deletion keeps', async () => {
    const mistaken = '现场设置洗眼器（误录）';
    await leakCard.getByTestId('risk-add-emergency').click();
    await page.getByTestId('risk-measure-content').fill(mistaken);
    await pickOption(page, 'risk-measure-classify2', '4-1 应急设施');
    await page.getByTestId('risk-measure-save').click();
    const emergency = leakCard.getByTestId('risk-emergency-measures');
    const item = emergency.getByTestId('risk-measure-item').filter({ hasText: mistaken });
    await item.getByTestId('risk-measure-delete').click();
    const ok = page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ });
    await expect(ok).toBeDisabled(); // no deletion without a reason
    await page.getByTestId('risk-delete-reason').fill('重复录入，洗眼器已在应急设施中');
    await ok.click();
    await expect(emergency).not.toContainText(mistaken);
    await expect(emergency).toContainText(emergencyMeasure);
  });

  await test.step('anquan links the unit to the 装卸监护员 post and picks its safety signs', async () => {
    await page.getByRole('tab', { name: /涉及岗位/ }).click();
    await pickOption(page, 'risk-unit-posts', LOADING_MONITOR_POST, LOADING_MONITOR_POST);
    await closeDropdown(page);
    await page.getByTestId('risk-unit-posts-save').click();
    await expect(page.getByRole('tab', { name: '涉及岗位 (1)' })).toBeVisible();
    await page.getByRole('tab', { name: /安全标志/ }).click();
    const signs = page.getByTestId('risk-unit-safety-signs');
    await signs.getByRole('checkbox', { name: '当心中毒' }).check();
    await signs.getByRole('checkbox', { name: '必须戴防毒面具' }).check();
    await page.getByTestId('risk-unit-safety-signs-save').click();
    await expect(page.getByRole('tab', { name: '安全标志 (2)' })).toBeVisible();
    await page.getByRole('tab', { name: /风险事件/ }).click();
  });

  await test.step('anquan submits the unit: the data is complete, no readiness problems', async () => {
    await page.getByTestId('risk-unit-submit').click();
    await page.getByTestId('risk-approval-comment').fill('辨识评估完成，提请车间审核');
    await page.getByTestId('risk-approval-confirm').click();
    await expect(page.getByTestId('risk-unit-status')).toHaveAttribute('data-status', 'submitted');
    await expect(page.getByTestId('risk-unit-readiness')).toHaveCount(0);
    // Under review the unit is locked: no more editing, and anquan cannot review his own submission.
    await expect(page.getByTestId('risk-add-event')).toHaveCount(0);
    await expect(page.getByTestId('risk-unit-review')).toHaveCount(0);
    await expect(page.getByTestId('risk-unit-withdraw')).toBeVisible();
  });

  await test.step(`${hongdaUnitLead.name} (${hongdaUnitLead.title}) reviews it`, async () => {
    await switchUser(page, hongdaUnitLead.username);
    await page.goto(`/risk/register?unit=${unitId}`);
    await expect(page.getByTestId('risk-unit-status')).toHaveAttribute('data-status', 'submitted');
    await expect(page.getByTestId('risk-unit-approve')).toHaveCount(0);
    await page.getByTestId('risk-unit-review').click();
    await page.getByTestId('risk-approval-comment').fill('车间审核通过');
    await page.getByTestId('risk-approval-confirm').click();
    await expect(page.getByTestId('risk-unit-status')).toHaveAttribute('data-status', 'reviewed');
    await expect(page.getByTestId('risk-unit-approve')).toHaveCount(0);
  });

  await test.step('fuzeren approves it: 已批准, three signed steps, version 1', async () => {
    await switchUser(page, personas.fuzeren.username, pageApi);
    await page.goto(`/risk/register?unit=${unitId}`);
    await expect(page.getByTestId('risk-unit-status')).toHaveAttribute('data-status', 'reviewed');
    await page.getByTestId('risk-unit-approve').click();
    await page.getByTestId('risk-approval-confirm').click();
    const status = page.getByTestId('risk-unit-status');
    await expect(status).toHaveAttribute('data-status', 'approved');
    await expect(status).toHaveText('已批准');
    await expect(page.getByTestId('risk-unit-detail').locator('.ant-card-head-title').first()).toContainText(
      '版本 1',
    );

    await page.getByRole('tab', { name: '签字记录' }).click();
    const signatures = page.getByTestId('risk-signatures').getByTestId('risk-signature');
    await expect(signatures).toHaveCount(3);
    expect(await signatures.evaluateAll((els) => els.map((el) => el.getAttribute('data-action')))).toEqual([
      'submit',
      'review',
      'approve',
    ]);
    await expect(signatures.nth(0)).toContainText('提交审核');
    await expect(signatures.nth(1)).toContainText(hongdaUnitLead.name);
    await expect(signatures.nth(2)).toContainText('批准');

    // The approval wrote the approved version of the unit.
    const versions = await pageApi.json<{ data: { version: number; approvedByName: string | null }[] }>(
      'GET',
      `/enterprises/${enterpriseId}/risk-units/${unitId}/versions`,
    );
    expect(versions.data.map((v) => v.version)).toEqual([1]);
    expect(versions.data[0]?.approvedByName).toBe(hongdaPrincipal.name);
    await page.getByRole('tab', { name: '已批准版本' }).click();
    const rows = page.getByRole('tabpanel').filter({ visible: true }).locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first().locator('td').first()).toHaveText('1');
    await expect(rows.first()).toContainText(hongdaPrincipal.name);
  });

  await test.step('anquan places the unit on the four-colour map in its level colour', async () => {
    await switchUser(page, personas.anquan.username, pageApi);
    await page.goto('/risk/map');
    await expect(page.getByTestId('risk-map-plan-select')).toContainText(DEMO_SITE_PLAN);
    await page.getByTestId(`risk-map-unit-${unitCode}`).click();
    await expect(page.getByTestId(`risk-map-unit-${unitCode}`)).toContainText('未标绘');
    await page.getByTestId('risk-map-draw-polygon').click();
    const canvas = page.getByTestId('risk-map-canvas');
    await expect(canvas).toHaveAttribute('data-mode', 'polygon');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the map canvas has no box');
    const at = (fx: number, fy: number) => ({
      x: Math.round(box.width * fx),
      y: Math.round(box.height * fy),
    });
    await canvas.click({ position: at(0.04, 0.04) });
    await canvas.click({ position: at(0.16, 0.04) });
    await canvas.click({ position: at(0.16, 0.12) });
    await expect(page.getByTestId('risk-map-draft')).toHaveAttribute('data-points', '3');
    await canvas.dblclick({ position: at(0.04, 0.12) });
    await expect(canvas).toHaveAttribute('data-mode', 'idle');

    const shape = page.getByTestId(`risk-map-shape-${unitCode}`);
    await expect(shape).toHaveAttribute('data-level', 'general');
    await expect(shape).toHaveAttribute('points', /^(\S+ ){3}\S+$/); // four corners
    await page.getByTestId('risk-map-save').click();
    await expect(page.getByText('标绘已保存')).toBeVisible();
    await expect(page.getByTestId('risk-map-save')).toBeDisabled();

    // Saved: a fresh load draws it again, coloured by the unit's current level.
    await page.reload();
    await expect(page.getByTestId(`risk-map-shape-${unitCode}`)).toHaveAttribute('data-level', 'general');
    await expect(page.getByTestId(`risk-map-unit-${unitCode}`)).toContainText('已标绘');
    await expect(page.getByTestId('risk-map-legend-general')).toBeVisible();
  });

  await test.step('the 装卸监护员 post card shows the unit, a QR code to it, A4 and A5', async () => {
    await page.goto('/risk/cards');
    // The posts are listed ten a page: turn the pages until the post shows up.
    const link = page.getByTestId(`risk-post-card-link-${LOADING_MONITOR_POST}`);
    const next = page.getByRole('listitem', { name: '下一页' });
    await expect(page.getByTestId('risk-card-posts').locator('tr.ant-table-row').first()).toBeVisible();
    while (!(await link.isVisible()) && !(await next.getAttribute('class'))?.includes('disabled')) {
      await next.click();
    }
    await link.click();
    await expect(page).toHaveURL(/\/print\/risk\/post-cards\/[^/?]+/);
    const card = page.getByTestId('risk-post-card');
    await expect(card).toHaveAttribute('data-paper', 'A4');
    await expect(card.getByTestId('risk-post-card-post')).toHaveText(LOADING_MONITOR_POST);

    const unit = card.getByTestId('risk-post-card-unit').filter({ hasText: unitName });
    await expect(unit).toHaveCount(1);
    await expect(unit).toContainText(`${objectName} · ${unitName}（一般风险）`);
    await expect(unit).toContainText(leak);
    await expect(unit).toContainText(`【工程控制】${controlMeasure}`);
    await expect(unit).toContainText(emergencyMeasure);
    const qr = unit.getByTestId('risk-card-qr');
    await expect(qr).toHaveAttribute('data-url', new RegExp(`/m/risk-units/${unitId}$`));
    await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml/);
    await expect(page.getByTestId('risk-card-print')).toBeVisible();

    const a4Width = (await card.boundingBox())?.width ?? 0;
    await page.getByTestId('risk-card-paper').getByText('A5', { exact: true }).click();
    await expect(card).toHaveAttribute('data-paper', 'A5');
    await expect(page).toHaveURL(/paper=A5/);
    await expect.poll(async () => (await card.boundingBox())?.width ?? 0).toBeLessThan(a4Width);
    await page.getByTestId('risk-card-paper').getByText('A4', { exact: true }).click();
    await expect(card).toHaveAttribute('data-paper', 'A4');
    await expect(unit).toContainText('危害因素');
    await expect(card.getByTestId('risk-post-card-signs')).toContainText('当心中毒');
    await expect(card.getByTestId('risk-post-card-signs')).toContainText('必须戴防毒面具');
  });

  await test.step('anquan prints the card: the print is recorded and the card shows it is current', async () => {
    // The browser's print dialog is not part of the test; the record of the print is.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await expect(page.getByTestId('risk-card-print-status')).toHaveCount(0);
    await page.getByTestId('risk-card-print').click();
    await expect(page.getByTestId('risk-card-print-status')).toHaveAttribute('data-out-of-date', 'false');
  });
});
