/**
 * Tenancy: an enterprise user (anquan, 宏达化工) cannot reach another enterprise's records.
 * The other enterprise is 江宁瑞丰新材料科技有限公司: same park (临港), same industry (危险化学品),
 * so only the tenancy rule, not a regulator's remit, keeps them apart.
 *
 * Each resource is a line of a table: { name, url } with the URL built from one enterprise's ids
 * (`Tenant`). For every line:
 * - anquan's own URL answers 200: a route that does not exist, or moved, fails here instead of
 *   passing with a 404;
 * - the other enterprise's URL answers 404 NOT_FOUND, as for an id that does not exist (no 403
 *   that would confirm the record is there), and the body names nothing of theirs;
 * - for lines with ids below the enterprise: anquan's enterprise id with the other enterprise's
 *   record id answers 404 too (no reaching a record through one's own enterprise path).
 *
 * Extending: add a line to `enterpriseApi`, `recordApi` or `pages`. A line that needs a new kind
 * of id below the enterprise adds it to `Tenant` and creates or looks it up in `withRiskRecords`.
 */
import type { ApiClient } from '../support/api.ts';
import { freshSuffix } from '../support/demo-data.ts';
import { expect, test } from '../support/fixtures.ts';
import { personas, SHOWCASE_ENTERPRISE } from '../support/personas.ts';
import {
  loginProber as loginAnquan,
  OTHER_ENTERPRISE,
  otherSafetyManager,
  probeApi as probe,
  probePage,
  type ProbeResource,
} from '../support/tenancy-probe.ts';

/** The ids a resource URL may need, for one enterprise. */
interface Tenant {
  enterpriseId: string;
  postId: string;
  riskObjectId: string;
  riskUnitId: string;
}

type Resource = ProbeResource<Tenant>;

const ent = (t: Tenant) => `/api/v1/enterprises/${t.enterpriseId}`;

/** API reads addressed by the enterprise id alone. */
const enterpriseApi: Resource[] = [
  { name: 'enterprise', url: (t) => ent(t) },
  { name: 'org units', url: (t) => `${ent(t)}/org-units` },
  // Risk register (apps/server/src/modules/risk): routes registered in riskRoutes.
  { name: 'risk register tree', url: (t) => `${ent(t)}/risk-register/tree` },
  { name: 'risk register rows', url: (t) => `${ent(t)}/risk-register/rows` },
  { name: 'risk register export', url: (t) => `${ent(t)}/risk-register/export.xlsx` },
  { name: 'risk register revisions', url: (t) => `${ent(t)}/risk-register/revisions` },
  { name: 'enterprise risk level', url: (t) => `${ent(t)}/risk-level` },
  { name: 'risk board', url: (t) => `${ent(t)}/risk-board` },
  { name: 'risk settings', url: (t) => `${ent(t)}/risk-settings` },
  { name: 'risk control tiers', url: (t) => `${ent(t)}/risk-control-tiers` },
  { name: 'risk cards of posts', url: (t) => `${ent(t)}/risk-cards/posts` },
  { name: 'major hazard sources', url: (t) => `${ent(t)}/major-sources` },
];

/** API reads of one record below the enterprise. */
const recordApi: Resource[] = [
  { name: 'risk object', url: (t) => `${ent(t)}/risk-objects/${t.riskObjectId}` },
  { name: 'risk object stewards', url: (t) => `${ent(t)}/risk-objects/${t.riskObjectId}/stewards` },
  { name: 'risk object major source', url: (t) => `${ent(t)}/risk-objects/${t.riskObjectId}/major-source` },
  { name: 'risk unit', url: (t) => `${ent(t)}/risk-units/${t.riskUnitId}` },
  { name: 'risk unit level history', url: (t) => `${ent(t)}/risk-units/${t.riskUnitId}/level-history` },
  { name: 'risk unit signatures', url: (t) => `${ent(t)}/risk-units/${t.riskUnitId}/signatures` },
  { name: 'risk unit versions', url: (t) => `${ent(t)}/risk-units/${t.riskUnitId}/versions` },
  { name: 'post risk card', url: (t) => `${ent(t)}/posts/${t.postId}/risk-card` },
  { name: 'post emergency card', url: (t) => `${ent(t)}/posts/${t.postId}/emergency-card` },
];

/** Pages showing one enterprise's record; `shows` is a test id the page has for its own enterprise. */
const pages = [
  {
    name: 'enterprise detail page',
    url: (t: Tenant) => `/enterprises/${t.enterpriseId}`,
    shows: 'enterprise-descriptions',
    refuses: 'not-found',
  },
  {
    name: 'risk register (read-only view)',
    url: (t: Tenant) => `/enterprises/${t.enterpriseId}/risk`,
    shows: 'risk-tree-search',
    refuses: 'not-found',
  },
];

/** Ids of both enterprises, looked up by the county emergency bureau, which sees both. */
async function enterpriseIds(apiAs: (username: string) => Promise<ApiClient>) {
  const yingji = await apiAs(personas.yingji.username);
  const own = await yingji.enterpriseNamed(SHOWCASE_ENTERPRISE);
  const other = await yingji.enterpriseNamed(OTHER_ENTERPRISE);
  expect(other.id).not.toBe(own.id);
  return { own: own.id, other: other.id };
}

/**
 * Gives each enterprise a risk object with a unit (made by its own safety manager), runs `body`
 * with both tenants, and archives the objects again: an unassessed unit left behind would change
 * the register other specs see.
 */
async function withRiskRecords(
  apiAs: (username: string) => Promise<ApiClient>,
  body: (own: Tenant, other: Tenant) => Promise<void>,
): Promise<void> {
  const ids = await enterpriseIds(apiAs);
  const makers: [ApiClient, string][] = [
    [await apiAs(personas.anquan.username), ids.own],
    [await apiAs(otherSafetyManager), ids.other],
  ];
  const created: [ApiClient, string, string][] = [];
  try {
    const tenants: Tenant[] = [];
    for (const [api, enterpriseId] of makers) {
      const suffix = freshSuffix();
      const units = await api.json<{ data: { id: string; kind: string }[] }>(
        'GET',
        `/enterprises/${enterpriseId}/org-units`,
      );
      const post = units.data.find((u) => u.kind === 'post');
      if (!post) throw new Error(`no post in ${enterpriseId}`);
      const object = await api.json<{ data: { id: string } }>(
        'POST',
        `/enterprises/${enterpriseId}/risk-objects`,
        {
          code: `E2E-${suffix}`,
          name: `E2E 隔离检查罐区 ${suffix}`,
          kind: 'area',
        },
      );
      created.push([api, enterpriseId, object.data.id]);
      const unit = await api.json<{ data: { id: string } }>(
        'POST',
        `/enterprises/${enterpriseId}/risk-units`,
        {
          objectId: object.data.id,
          code: `E2E-${suffix}-1`,
          name: `E2E 装卸作业 ${suffix}`,
        },
      );
      tenants.push({ enterpriseId, postId: post.id, riskObjectId: object.data.id, riskUnitId: unit.data.id });
    }
    const [own, other] = tenants as [Tenant, Tenant];
    await body(own, other);
  } finally {
    for (const [api, enterpriseId, objectId] of created) {
      const res = await api.send('DELETE', `/enterprises/${enterpriseId}/risk-objects/${objectId}`);
      expect(res.status(), `archive risk object ${objectId}`).toBe(204);
    }
  }
}

test.describe('anquan (宏达化工) and another enterprise', () => {
  test('the API answers 404 for every enterprise-wide resource of the other enterprise', async ({
    page,
    pageApi,
    apiAs,
  }) => {
    const ids = await enterpriseIds(apiAs);
    // Record ids are not needed by these lines.
    const own = { enterpriseId: ids.own } as Tenant;
    const other = { enterpriseId: ids.other } as Tenant;
    await loginAnquan(page, pageApi);
    for (const resource of enterpriseApi) {
      await test.step(resource.name, () => probe(pageApi, resource, own, other));
    }
  });

  test("the API answers 404 for the other enterprise's risk objects, units and posts", async ({
    page,
    pageApi,
    apiAs,
  }) => {
    await loginAnquan(page, pageApi);
    await withRiskRecords(apiAs, async (own, other) => {
      for (const resource of recordApi) {
        await test.step(resource.name, () => probe(pageApi, resource, own, other));
      }
    });
  });

  test('the pages show not-found for the other enterprise', async ({ page, pageApi, apiAs }) => {
    const ids = await enterpriseIds(apiAs);
    const own = { enterpriseId: ids.own } as Tenant;
    const other = { enterpriseId: ids.other } as Tenant;
    await loginAnquan(page, pageApi);

    for (const resource of pages) {
      await test.step(resource.name, () => probePage(page, resource, own, other));
    }
  });

  test("the other enterprise's people are not listed, nor readable one by one", async ({
    page,
    pageApi,
    apiAs,
  }) => {
    const ids = await enterpriseIds(apiAs);
    // The platform administrator sees everyone: the other enterprise's people, for reference.
    const admin = await apiAs(personas.admin.username);
    const theirPeople = await admin.users({ enterpriseId: ids.other });
    expect(theirPeople.length, 'the other enterprise has people in the demo data').toBeGreaterThan(0);
    const theirIds = new Set(theirPeople.map((u) => u.id));

    await loginAnquan(page, pageApi);
    // Asking for the other enterprise by id: 404, or an answer without a single one of its people.
    const filtered = await pageApi.get(`/users?enterpriseId=${ids.other}&pageSize=200`);
    if (filtered.status() !== 404) {
      expect(filtered.status()).toBe(200);
      const rows = ((await filtered.json()) as { data: { id: string; enterpriseId: string | null }[] }).data;
      expect(rows.filter((u) => theirIds.has(u.id))).toEqual([]);
      expect(rows.filter((u) => u.enterpriseId !== ids.own)).toEqual([]);
    }

    // Unfiltered, the list holds anquan's colleagues only.
    const mine = await pageApi.users();
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.filter((u) => u.enterpriseId !== ids.own)).toEqual([]);

    // One of theirs by id: 404; one of anquan's colleagues: 200.
    for (const person of theirPeople) {
      expect((await pageApi.get(`/users/${person.id}`)).status(), `user ${person.username}`).toBe(404);
    }
    expect((await pageApi.get(`/users/${mine[0]?.id}`)).status()).toBe(200);

    // The people page shows no one from the other enterprise either.
    await page.goto('/users');
    await expect(page.getByTestId(`user-row-${personas.anquan.username}`)).toBeVisible();
    for (const person of theirPeople)
      await expect(page.getByTestId(`user-row-${person.username}`)).toHaveCount(0);
  });
});
