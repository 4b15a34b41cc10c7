/**
 * Who may change the register, and what a unit needs before it goes up the chain:
 * - gongren (操作工, risk.read only) sees 宏达化工's register but no add, edit, submit or review
 *   controls, on the tree, on an object and on a unit; the server says the same (abilities);
 * - yingji (县应急局, 宏达化工 in remit) opens 宏达化工's detail page → 风险清单 and sees the tree,
 *   a unit and its events read-only (an assessment opens without a save button);
 * - a unit whose event is 重大 with only an emergency measure (no reduction measure) cannot be
 *   submitted: the API answers 409 RISK_UNIT_NOT_READY and the page lists the problem in Chinese;
 *   once a control measure with an owner is added, nothing is missing.
 */
import type { Page } from '@playwright/test';
import type { ApiClient } from '../support/api.ts';
import { expect, test } from '../support/fixtures.ts';
import { personas, SHOWCASE_ENTERPRISE } from '../support/personas.ts';
import { loginAs } from '../support/ui.ts';
import { freshCode, sessionOf } from './risk-support.ts';

// A click that cannot happen fails in seconds, not at the end of the test's time.
test.use({ actionTimeout: 15_000 });

type Abilities = Record<string, boolean>;

/** Controls only someone who may change the register sees. */
const editControls = [
  'risk-add-object',
  'risk-add-unit',
  'risk-object-edit',
  'risk-object-delete',
  'risk-add-event',
  'risk-unit-edit',
  'risk-unit-delete',
  'risk-event-edit',
  'risk-event-delete',
  'risk-add-measure',
  'risk-add-emergency',
  'risk-measure-edit',
  'risk-unit-posts-save',
  'risk-unit-submit',
  'risk-unit-withdraw',
  'risk-unit-review',
  'risk-unit-reject',
  'risk-unit-approve',
];

async function expectNoEditControls(page: Page, where: string): Promise<void> {
  for (const testId of editControls) {
    await expect(page.getByTestId(testId), `${where}: no ${testId}`).toHaveCount(0);
  }
}

/** Opens the first seeded object, then its first unit, and checks each read-only. */
async function browseReadOnly(page: Page): Promise<void> {
  await expect(page.getByTestId('risk-tree')).toBeVisible();
  await expectNoEditControls(page, 'tree');

  // A seeded object and unit (other specs add E2E ones, maybe without events).
  await page.locator('[data-testid^="risk-tree-object-"]:not([data-testid*="-E2E-"])').first().click();
  await expect(page.getByTestId('risk-object-detail')).toBeVisible();
  await expectNoEditControls(page, 'object');

  await page.locator('[data-testid^="risk-tree-unit-"]:not([data-testid*="-E2E-"])').first().click();
  const detail = page.getByTestId('risk-unit-detail');
  await expect(detail).toBeVisible();
  await expect(detail.getByTestId('risk-event').first()).toBeVisible();
  await expectNoEditControls(page, 'unit');
  await expect(page.getByTestId('risk-approval-buttons').getByRole('button')).toHaveCount(0);

  // An assessment can be looked at, not saved.
  await detail.getByTestId('risk-event').first().getByTestId('risk-event-assess-inherent').click();
  await expect(page.getByTestId('risk-assessment-panel')).toBeVisible();
  await expect(page.getByTestId('risk-assessment-save')).toHaveCount(0);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /取\s*消/ })
    .click();
  await expect(page.getByTestId('risk-assessment-panel')).toHaveCount(0);
}

test('gongren (worker) sees the register read-only', async ({ page, pageApi }) => {
  await loginAs(page, personas.gongren);
  await page.goto('/risk/register');
  await browseReadOnly(page);

  // The page hides the controls because the server grants nothing.
  const enterpriseId = (await sessionOf(pageApi)).enterprise?.id ?? '';
  const tree = await pageApi.json<{ abilities: Abilities }>(
    'GET',
    `/enterprises/${enterpriseId}/risk-register/tree`,
  );
  expect(tree.abilities).toMatchObject({ canEdit: false, canPublish: false, canImport: false });
  const unitId = new URL(page.url()).searchParams.get('unit');
  const unit = await pageApi.json<{ abilities: Abilities }>(
    'GET',
    `/enterprises/${enterpriseId}/risk-units/${unitId}`,
  );
  expect(
    Object.values(unit.abilities).every((v) => v === false),
    JSON.stringify(unit.abilities),
  ).toBe(true);
});

test('yingji (county emergency bureau) sees 宏达化工’s register read-only on its detail page', async ({
  page,
  pageApi,
}) => {
  await loginAs(page, personas.yingji);
  const hongda = await pageApi.enterpriseNamed(SHOWCASE_ENTERPRISE);
  await page.goto(`/enterprises/${hongda.id}`);
  await expect(page.getByTestId('enterprise-descriptions')).toContainText(SHOWCASE_ENTERPRISE);
  await page.getByRole('tab', { name: '风险清单' }).click();
  const view = page.getByTestId('risk-regulator-view');
  await expect(view).toBeVisible();
  await expect(view.getByTestId('risk-register-summary')).toBeVisible();
  await browseReadOnly(page);
});

/** anquan's API client, his enterprise and his user id. */
async function asAnquan(apiAs: (username: string) => Promise<ApiClient>) {
  const api = await apiAs(personas.anquan.username);
  const session = await sessionOf(api);
  const enterpriseId = session.enterprise?.id;
  if (!enterpriseId) throw new Error('anquan has no enterprise');
  return { api, e: `/enterprises/${enterpriseId}`, userId: session.user.id };
}

test('a 重大 event without a reduction measure keeps its unit from being submitted', async ({
  page,
  apiAs,
}) => {
  const { api, e, userId } = await asAnquan(apiAs);
  const code = freshCode('E2E-R');
  const eventName = `E2E 反应釜超温超压 ${code}`;
  const object = await api.json<{ data: { id: string } }>('POST', `${e}/risk-objects`, {
    code,
    name: `E2E 氯化反应装置 ${code}`,
    kind: 'facility',
  });
  try {
    const unit = await api.json<{ data: { id: string } }>('POST', `${e}/risk-units`, {
      objectId: object.data.id,
      code: `${code}-1`,
      name: `E2E 氯化反应釜 ${code}`,
      responsibleUserId: userId,
    });
    const unitId = unit.data.id;
    const event = await api.json<{ data: { id: string } }>('POST', `${e}/risk-units/${unitId}/events`, {
      name: eventName,
      consequences: '反应失控导致爆炸',
    });
    const eventId = event.data.id;
    const assess = (kind: string, inputs: Record<string, number>) =>
      api.json('POST', `${e}/risk-events/${eventId}/assessments`, { kind, method: 'lec', inputs });
    await assess('inherent', { l: 6, e: 6, c: 40 }); // D = 1440: 重大
    await assess('residual', { l: 3, e: 6, c: 15 }); // D = 270: 较大
    // An emergency measure is not a reduction measure.
    await api.json('POST', `${e}/risk-events/${eventId}/measures`, {
      kind: 'emergency',
      classify1: '4',
      content: '立即切断进料，启动紧急冷却',
      responsibleUserId: userId,
    });

    // The API refuses the submission and names the problem.
    const refused = await api.send('POST', `${e}/risk-units/${unitId}/submission`, {});
    const body = await refused.text();
    expect(refused.status(), body).toBe(409);
    expect(body).toContain('RISK_UNIT_NOT_READY');
    expect(body).toContain('RISK_EVENT_NO_REDUCTION_MEASURE');

    // The page shows the same in words when anquan tries.
    await loginAs(page, personas.anquan);
    await page.goto(`/risk/register?unit=${unitId}`);
    await expect(page.getByTestId('risk-unit-status')).toHaveAttribute('data-status', 'draft');
    await page.getByTestId('risk-unit-submit').click();
    await page.getByTestId('risk-approval-confirm').click();
    const readiness = page.getByTestId('risk-unit-readiness');
    await expect(readiness).toContainText('单元尚不满足提交条件');
    await expect(readiness.locator('li')).toHaveCount(1);
    await expect(readiness.locator('li[data-code="RISK_EVENT_NO_REDUCTION_MEASURE"]')).toHaveText(
      `风险事件“${eventName}”没有降低风险的管控措施`,
    );
    await expect(page.getByTestId('risk-unit-status')).toHaveAttribute('data-status', 'draft');

    // A control measure with an owner is what was missing.
    await api.json('POST', `${e}/risk-events/${eventId}/measures`, {
      kind: 'control',
      hierarchy: 'engineering',
      classify1: '1',
      content: '设置温度、压力高高联锁，自动切断进料',
      responsibleUserId: userId,
    });
    const approval = await api.json<{ data: { readiness: unknown[] } }>(
      'GET',
      `${e}/risk-units/${unitId}/signatures`,
    );
    expect(approval.data.readiness).toEqual([]);
  } finally {
    // A draft left behind would change the register (and its counts) other specs see.
    const res = await api.send('DELETE', `${e}/risk-objects/${object.data.id}`);
    expect(res.status(), `archive risk object ${code}`).toBe(204);
  }
});
