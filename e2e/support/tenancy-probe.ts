/**
 * The tenancy probe every module's browser specs feed with their resources. anquan (宏达化工) is
 * the prober; the other enterprise is 江宁瑞丰新材料科技有限公司: same park (临港), same industry
 * (危险化学品), so only the tenancy rule, not a regulator's remit, keeps them apart.
 *
 * For an API resource: anquan's own URL answers 200 (a route that does not exist or moved fails
 * here instead of passing with a 404); the other enterprise's answers 404 NOT_FOUND as for an id
 * that does not exist, naming nothing of theirs; anquan's enterprise in the path with their record
 * id answers 404 too. For a page: own shows its marker, theirs shows the refusal and no trace.
 */
import type { Page } from '@playwright/test';
import { demoUsers } from '../../apps/server/src/seed/demo-county/index.ts';
import type { ApiClient } from './api.ts';
import { expect } from './fixtures.ts';
import { personas } from './personas.ts';
import { loginAs } from './ui.ts';

export const OTHER_ENTERPRISE = '江宁瑞丰新材料科技有限公司';

/** The other enterprise's safety manager: reads or creates its records for the probe. */
export const otherSafetyManager = (() => {
  const username = demoUsers.find(
    (u) => u.enterpriseKey === 'ruifeng-materials' && u.roles.includes('safetyManager'),
  )?.username;
  if (!username) throw new Error('the demo data has no safety manager for ruifeng-materials');
  return username;
})();

/** The ids a module's URLs need, for one enterprise; each module adds its own. */
export type Tenant = { enterpriseId: string };

/** One line of a module's table: a name and the URL built from one tenant's ids. */
export type ProbeResource<T extends Tenant> = { name: string; url: (t: T) => string };

/** A page: `shows` is a test id on one's own record; `refuses` the one shown for anything else. */
export type ProbePage<T extends Tenant> = ProbeResource<T> & { shows: string; refuses: string };

export const enterpriseApiPath = (t: Tenant) => `/api/v1/enterprises/${t.enterpriseId}`;

/** The three API checks of one line; anquan is logged in on `api`. */
export async function probeApi<T extends Tenant>(
  api: ApiClient,
  resource: ProbeResource<T>,
  own: T,
  other: T,
): Promise<void> {
  const mine = await api.get(resource.url(own));
  expect(
    mine.status(),
    `${resource.name}: own ${resource.url(own)} → ${(await mine.text()).slice(0, 300)}`,
  ).toBe(200);
  const expectHidden = async (url: string, what: string) => {
    const res = await api.get(url);
    const text = await res.text();
    expect(res.status(), `${resource.name}: ${what} ${url} → ${text.slice(0, 300)}`).toBe(404);
    expect((JSON.parse(text) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    expect(text).not.toContain(OTHER_ENTERPRISE);
  };
  await expectHidden(resource.url(other), 'other enterprise');
  const mixed = resource.url({ ...other, enterpriseId: own.enterpriseId });
  if (mixed !== resource.url(own))
    await expectHidden(mixed, "own enterprise path, other enterprise's record");
}

/** A page of one's own record shows it; the other enterprise's shows the refusal and nothing of theirs. */
export async function probePage<T extends Tenant>(
  page: Page,
  p: ProbePage<T>,
  own: T,
  other: T,
): Promise<void> {
  await page.goto(p.url(own));
  await expect(page.getByTestId(p.shows)).toBeVisible();
  await expect(page.getByTestId(p.refuses)).toHaveCount(0);

  await page.goto(p.url(other));
  await expect(page.getByTestId(p.refuses)).toBeVisible();
  await expect(page.getByTestId(p.shows)).toHaveCount(0);
  await expect(page.getByText(OTHER_ENTERPRISE)).toHaveCount(0);
}

/** Logs anquan in on the page and lets `pageApi` use the same session. */
export async function loginProber(page: Page, pageApi: ApiClient): Promise<void> {
  await loginAs(page, personas.anquan);
  await pageApi.adoptSession();
}
