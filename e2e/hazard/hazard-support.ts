/** Taking a hazard's steps on its page (/hazards/:id) as a person would: button, dialog, signature. */
import { expect, type Locator, type Page } from '@playwright/test';
import { openDropdown } from '../risk/risk-support.ts';
import { DEMO_PASSWORD } from '../support/personas.ts';

// A 1×1 PNG: the server judges uploads by their content.
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export const photo = (name: string) => ({ name, mimeType: 'image/png', buffer: PNG });

/** The state tag in the page's title (待确认, 整改中, …). */
export const stateTag = (page: Page): Locator => page.getByTestId('hazard-state').first();

/** Opens the dialog of a step through its button on the hazard's page. */
export async function openStep(page: Page, step: string): Promise<Locator> {
  await page.getByTestId(`hazard-action-${step}`).click();
  const form = page.getByTestId(`hazard-step-${step}`);
  await expect(form).toBeVisible();
  return form;
}

/** Signs with the demo password (signed steps), submits, and waits for the dialog to close. */
export async function submitStep(page: Page, options: { sign?: boolean } = {}): Promise<void> {
  if (options.sign) await page.getByTestId('hazard-step-password').fill(DEMO_PASSWORD);
  await page.getByTestId('hazard-step-submit').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** Picks an option by its exact label in the antd Select with this test id. */
export async function pickExact(page: Page, testId: string, label: string): Promise<void> {
  const select = page.getByTestId(testId);
  await expect(async () => {
    if (!(await select.innerText()).includes(label)) {
      await select.click({ timeout: 3_000 });
      await openDropdown(page)
        .locator('.ant-select-item-option')
        .filter({ hasText: new RegExp(`^${label}$`) })
        .first()
        .click({ timeout: 3_000 });
    }
    await expect(select).toContainText(label, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** A civil date n days from today in Shanghai, as the date pickers take it. */
export function inDays(n: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);
}

/** Types a date into an antd DatePicker and confirms it. */
export async function fillDate(page: Page, testId: string, date: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await expect(input).toHaveValue(date);
}

/** Every signature on the page verified, one row per kind given, in that order. */
export async function expectVerifiedSignatures(page: Page, kinds: string[]): Promise<void> {
  const table = page.getByTestId('hazard-signatures');
  const marks = table.getByTestId('hazard-signature-verified');
  await expect(marks).toHaveCount(kinds.length);
  for (let i = 0; i < kinds.length; i++) {
    await expect(marks.nth(i)).toHaveAttribute('data-verified', 'true');
    await expect(table.locator('tbody tr.ant-table-row').nth(i)).toContainText(kinds[i]!);
  }
}
