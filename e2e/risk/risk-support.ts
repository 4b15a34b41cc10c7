/**
 * What the risk specs share: the people of 宏达化工 they act as (looked up in the seed, so a change
 * of the demo county changes the names here), the antd pickers of the risk forms, and switching the
 * page's user.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { demoUsers } from '../../apps/server/src/seed/demo-county/index.ts';
import type { ApiClient } from '../support/api.ts';
import { loginAs } from '../support/ui.ts';

const HONGDA = 'hongda-chemical';

function hongdaUser(what: string, pick: (u: (typeof demoUsers)[number]) => boolean) {
  const user = demoUsers.find((u) => u.enterpriseKey === HONGDA && pick(u));
  if (!user) throw new Error(`the demo data has no ${what} in ${HONGDA}`);
  return user;
}

/** A 车间主任 of 宏达化工 (role unitLead: reviews units, risk.review). */
export const hongdaUnitLead = hongdaUser('unit lead', (u) => u.roles.includes('unitLead'));
/** fuzeren, 总经理 (enterprisePrincipal: approves, risk.approve). */
export const hongdaPrincipal = hongdaUser('principal', (u) => u.username === 'fuzeren');
/** The 储运车间 head, who owns the units and measures the flow creates. */
export const storageHead = hongdaUser(
  'storage head',
  (u) => u.roles.includes('unitLead') && u.orgUnitKey === 'storage',
);

/** The org unit the flow's unit belongs to, and the post (unique name) its card is printed for. */
export const STORAGE_WORKSHOP = '储运车间';
export const LOADING_MONITOR_POST = '装卸监护员';

/** The demo site plan every approved enterprise gets. */
export const DEMO_SITE_PLAN = '厂区总平面布置图';

/** The open dropdown of an antd Select/TreeSelect (closed ones stay in the DOM, hidden). */
export const openDropdown = (page: Page): Locator =>
  page.locator('.ant-select-dropdown').filter({ visible: true });

/**
 * Picks the option whose label contains `option` in the antd Select with this test id, typing
 * `search` first when given (the lists are virtual: an option far down is only rendered once the
 * search narrows them). Done once the select shows the option; a click lost to the dropdown's
 * opening animation is made again, but never on an option already picked (that would unpick it).
 */
export async function pickOption(page: Page, testId: string, option: string, search?: string): Promise<void> {
  const select = page.getByTestId(testId);
  await expect(async () => {
    if (!(await select.innerText()).includes(option)) {
      await select.click({ timeout: 3_000 });
      if (search) await select.locator('input').first().fill(search, { timeout: 3_000 });
      await openDropdown(page)
        .locator('.ant-select-item-option')
        .filter({ hasText: option })
        .first()
        .click({ timeout: 3_000 });
    }
    await expect(select).toContainText(option, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/**
 * Picks a node of a (multiple) TreeSelect after searching for it. The search unfolds the matching
 * branch with an animation, and a click on a node that is swapped out under the pointer is lost:
 * click again until the node is among the selected ones (never twice once it is: that unpicks it).
 */
export async function pickTreeNode(page: Page, testId: string, title: string, search: string): Promise<void> {
  const select = page.getByTestId(testId);
  await select.click();
  await select.locator('input').first().fill(search);
  const node = openDropdown(page)
    .locator('.ant-select-tree-node-content-wrapper')
    .filter({ hasText: title })
    .first();
  const picked = select.locator('.ant-select-selection-item').filter({ hasText: title });
  await expect(async () => {
    if ((await picked.count()) === 0) await node.click({ timeout: 2_000 });
    await expect(picked).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

/**
 * Closes the dropdown a multiple select keeps open after a pick with Escape, which the open select
 * takes for itself (a modal around it stays open). A click elsewhere could land on the dropdown,
 * which opens above or below the select as space allows; Tab only moves to its clear button.
 */
export async function closeDropdown(page: Page): Promise<void> {
  await expect(openDropdown(page)).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(openDropdown(page)).toHaveCount(0);
}

/** Logs the page in as another user (the old session's cookies are dropped first). */
export async function switchUser(page: Page, username: string, pageApi?: ApiClient): Promise<void> {
  await page.context().clearCookies();
  await loginAs(page, username);
  if (pageApi) await pageApi.adoptSession();
}

export type Session = {
  user: { id: string; username: string; name: string };
  enterprise: { id: string } | null;
};

export async function sessionOf(api: ApiClient): Promise<Session> {
  return (await api.json<{ data: Session }>('GET', '/auth/session')).data;
}

/** A code nobody used before (object and unit codes are unique per enterprise). */
export function freshCode(prefix: string): string {
  return `${prefix}-${Date.now().toString(36).slice(-5)}${Math.random().toString(36).slice(2, 4)}`.toUpperCase();
}

/** The unit selected in the register, by the URL (?unit=…). */
export async function selectedUnitId(page: Page): Promise<string> {
  await expect(page).toHaveURL(/[?&]unit=/);
  const id = new URL(page.url()).searchParams.get('unit');
  if (!id) throw new Error('no unit selected');
  return id;
}
