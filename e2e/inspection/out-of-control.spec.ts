/**
 * 失控, the link between the register and inspection, as 宏达化工's safety manager sees it after
 * a first start: the demo month leaves two units with checks missed since yesterday; the register
 * marks them 失控 and the unit's page says why.
 */
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { loginAs } from '../support/ui.ts';

test.use({ actionTimeout: 15_000 });

test('anquan sees the units with missed checks marked 失控, with the reason', async ({ page }) => {
  await loginAs(page, personas.anquan);
  const marks = page.locator('[data-testid^="risk-tree-unit-"][data-testid$="-out-of-control"]');
  await page.goto('/risk/register');
  await expect(marks).toHaveCount(2);
  await marks.first().click();
  await expect(page.getByTestId('risk-unit-out-of-control')).toContainText('失控：排查任务未按时完成');
});
