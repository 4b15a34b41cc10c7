/**
 * 交办制 and 销号制 end to end: yingji (青溪县应急管理局) assigns a significant risk of
 * 青溪县宏达化工有限公司 by letter from 交办销号 → 交办; fuzeren opens the letter in 监管交办 and
 * signs for it; the enterprise lowers the risk in its register (reassessment and the approval chain,
 * through the API: anquan reassesses, a 车间主任 submits, anquan reviews, fuzeren approves);
 * fuzeren signs the close-out request; yingji verifies it and the risk leaves the active register.
 */
import { expect, test } from '../support/fixtures.ts';
import { DEMO_PASSWORD, personas } from '../support/personas.ts';
import { loginAs, logoutViaUi } from '../support/ui.ts';
import { hongdaUnitLead } from '../risk/risk-support.ts';

type Summary = {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
  gradedLevel: string;
  state: string;
};

// A flow of several people and pages, on a machine running other specs: more than the default minute.
test.describe.configure({ timeout: 150_000 });

test('a significant risk is assigned by letter, acknowledged, lowered, its close-out signed and verified', async ({
  page,
  apiAs,
}) => {
  const yingjiApi = await apiAs(personas.yingji.username);
  const toAssign = await yingjiApi.json<{ data: Summary[] }>(
    'GET',
    '/supervision/assignments?view=toAssign&q=宏达化工',
  );
  // A risk graded by its events (not raised by evidence), so reassessing them lowers it.
  const anquan = await apiAs(personas.anquan.username);
  type UnitDetail = {
    data: {
      events: { id: string; residualLevel: string | null }[];
      evidence: { clearedAt?: string | null }[];
    };
  };
  let a: Summary | undefined;
  let unit: UnitDetail | undefined;
  for (const candidate of toAssign.data.filter((x) => x.gradedLevel === 'significant')) {
    const detail = await anquan.json<UnitDetail>(
      'GET',
      `/enterprises/${candidate.enterpriseId}/risk-units/${candidate.unitId}`,
    );
    const graded = detail.data.events.some((e) => e.residualLevel === 'significant');
    if (graded && detail.data.evidence.every((e) => e.clearedAt)) {
      a = candidate;
      unit = detail;
      break;
    }
  }
  expect(a, 'the demo keeps a significant risk of 宏达化工 to assign').toBeTruthy();

  // 1. yingji: 交办销号 → 交办, the risk's 交办 button, the letter generated and sent.
  await loginAs(page, personas.yingji);
  await page.goto('/supervision/assignments?tab=assign');
  const list = page.getByTestId('assignment-assign-list');
  await expect(list).toBeVisible();
  await page.goto(`/supervision/assignments/${a!.id}`);
  await expect(page.getByTestId('assignment-state')).toHaveText('待交办');
  await expect(page.getByTestId('assignment-due')).toContainText('工作日');
  await page.getByTestId('assign-submit').click();
  await expect(page.getByTestId('assignment-state')).toHaveText('已交办');
  const letter = page.getByTestId('assignment-letter');
  await expect(letter.getByTestId('doc-issuer')).toHaveText('青溪县应急管理局文件');
  await expect(letter.getByTestId('doc-number')).toHaveText(/^青应急交〔\d{4}〕\d+号$/);
  await expect(letter.getByTestId('doc-title')).toContainText('较大安全风险');
  await expect(letter).toContainText('青溪县宏达化工有限公司：');
  const docNumber = (await letter.getByTestId('doc-number').textContent()) ?? '';
  // The print page: the same letter on A4 without the desktop chrome.
  await page.goto(`/print/supervision/letters/${a!.id}`);
  await expect(page.getByTestId('doc-number')).toHaveText(docNumber);
  await expect(page.getByTestId('print-button')).toBeVisible();
  // The print page has no desktop chrome: back to the desktop to log out.
  await page.goto('/supervision/assignments');
  await logoutViaUi(page);

  // 2. fuzeren: 监管交办, the letter (opening it marks it received), 签收.
  await loginAs(page, personas.fuzeren);
  await page.goto('/supervision/letters');
  await page.getByTestId('letters-list').getByRole('link', { name: docNumber }).click();
  // The list tags every letter with its state too: read the state once the letter has replaced it.
  await expect(page.getByTestId('letters-list')).toHaveCount(0);
  await expect(page.getByTestId('assignment-state')).toHaveText('已接收');
  await page.getByTestId('letter-acknowledge').click();
  await expect(page.getByTestId('assignment-state')).toHaveText('已签收');
  // Not lowered yet: no close-out form.
  await expect(page.getByTestId('close-out-submit')).toHaveCount(0);

  // 3. The enterprise lowers the risk in its register: reassessment and the approval chain.
  const lead = await apiAs(hongdaUnitLead.username);
  const fuzeren = await apiAs(personas.fuzeren.username);
  for (const ev of unit!.data.events.filter(
    (e) => e.residualLevel === 'major' || e.residualLevel === 'significant',
  )) {
    await anquan.json('POST', `/enterprises/${a!.enterpriseId}/risk-events/${ev.id}/assessments`, {
      kind: 'residual',
      method: 'lec',
      inputs: { l: 3, e: 6, c: 7 },
    });
  }
  const base = `/enterprises/${a!.enterpriseId}/risk-units/${a!.unitId}`;
  await lead.json('POST', `${base}/submission`, { comment: '增设联锁后重新评估' });
  await anquan.json('POST', `${base}/review`, { comment: '同意' });
  await fuzeren.json('POST', `${base}/approval`, { comment: '同意' });

  // 4. fuzeren signs the close-out request.
  await page.reload();
  await expect(page.getByTestId('close-out-submit')).toBeVisible();
  await page
    .getByTestId('close-out-statement')
    .fill('已增设紧急切断联锁并完成培训，经重新评估审定为一般风险，申请销号。');
  await page.getByTestId('close-out-password').fill(DEMO_PASSWORD);
  await page.getByTestId('close-out-submit').click();
  await expect(page.getByTestId('assignment-state')).toHaveText('销号待审核');
  await expect(page.getByText('签名有效')).toBeVisible();
  await logoutViaUi(page);

  // 5. yingji verifies within the 10 working days: 销号.
  await loginAs(page, personas.yingji);
  await page.goto('/supervision/assignments?tab=closeOut');
  await expect(page.getByTestId('assignment-close-out-list')).toContainText('宏达化工');
  await page.goto(`/supervision/assignments/${a!.id}`);
  await expect(page.getByTestId('assignment-due')).toContainText('工作日');
  await page.getByTestId('verify-reason').fill('经现场核查，联锁已投用，同意销号');
  await page.getByTestId('verify-submit').click();
  await expect(page.getByTestId('assignment-state')).toHaveText('已销号');
  const active = await yingjiApi.json<{ data: Summary[] }>('GET', '/supervision/assignments?view=active');
  expect(active.data.map((x) => x.id)).not.toContain(a!.id);
  const history = await yingjiApi.json<{ data: Summary[] }>('GET', '/supervision/assignments?view=history');
  expect(history.data.find((x) => x.id === a!.id)?.state).toBe('closed');
});
