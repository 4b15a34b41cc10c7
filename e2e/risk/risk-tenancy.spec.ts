/**
 * Tenancy of the risk routes e2e/tenancy/enterprise-isolation.spec.ts does not cover (it has the
 * tree, rows, export, revisions list, level, board, settings, tiers, card posts, major sources,
 * objects, units with their history/signatures/versions and the post cards): site plans, the map
 * points, recorded changes, the review status, one published revision, risk events with their
 * assessments and measures, one site plan, one approved unit version; and the pages that take an
 * id of a record (the register with ?unit=, the printed cards, the phone page of a unit).
 *
 * Same rule as there: anquan's own URL answers 200; the other enterprise's (江宁瑞丰新材料, same
 * park and industry) answers 404 NOT_FOUND naming nothing of theirs, also with anquan's enterprise
 * in the path and their record id. Both registers are the seeded ones, only read.
 */
import type { ApiClient } from '../support/api.ts';
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import {
  enterpriseApiPath as ent,
  loginProber as loginAnquan,
  otherSafetyManager,
  probeApi as probe,
  probePage,
  type ProbePage,
  type ProbeResource,
} from '../support/tenancy-probe.ts';
import { sessionOf } from './risk-support.ts';

// A click that cannot happen fails in seconds, not at the end of the test's time.
test.use({ actionTimeout: 15_000 });

/** Ids of one enterprise's seeded records. */
interface Tenant {
  enterpriseId: string;
  unitId: string;
  unitName: string;
  eventId: string;
  planId: string;
  postId: string;
}

type Resource = ProbeResource<Tenant>;

const enterpriseApi: Resource[] = [
  { name: 'site plans', url: (t) => `${ent(t)}/risk-site-plans` },
  { name: 'map points', url: (t) => `${ent(t)}/risk-map/points` },
  { name: 'recorded changes', url: (t) => `${ent(t)}/risk-changes` },
  { name: 'review status', url: (t) => `${ent(t)}/risk-reviews/status` },
  { name: 'published revision 1', url: (t) => `${ent(t)}/risk-register/revisions/1` },
];

const recordApi: Resource[] = [
  { name: 'risk event', url: (t) => `${ent(t)}/risk-events/${t.eventId}` },
  { name: 'risk event assessments', url: (t) => `${ent(t)}/risk-events/${t.eventId}/assessments` },
  { name: 'risk event measures', url: (t) => `${ent(t)}/risk-events/${t.eventId}/measures` },
  { name: 'site plan', url: (t) => `${ent(t)}/risk-site-plans/${t.planId}` },
  { name: 'approved unit version 1', url: (t) => `${ent(t)}/risk-units/${t.unitId}/versions/1` },
];

/** Pages of one record: `shows` when it is one's own, `refuses` (no trace of theirs) otherwise. */
const pages: ProbePage<Tenant>[] = [
  {
    name: 'register with a unit selected',
    url: (t) => `/risk/register?unit=${t.unitId}`,
    shows: 'risk-unit-detail',
    refuses: 'not-found',
  },
  {
    name: 'printed post risk card',
    url: (t) => `/print/risk/post-cards/${t.postId}`,
    shows: 'risk-post-card-post',
    refuses: 'risk-card-error',
  },
  {
    name: 'printed emergency card',
    url: (t) => `/print/risk/emergency-cards/${t.postId}`,
    shows: 'risk-emergency-card-post',
    refuses: 'risk-card-error',
  },
  {
    name: 'phone page of a unit (the QR code target)',
    url: (t) => `/m/risk-units/${t.unitId}`,
    shows: 'risk-mobile-unit',
    refuses: 'risk-mobile-unit-error',
  },
];

type TreeBody = {
  data: { objects: { units: { id: string; code: string; name: string; status: string }[] }[] };
};

/** The first seeded approved unit with an event, the site plan and a post of the caller's enterprise. */
async function tenantOf(api: ApiClient): Promise<Tenant> {
  const enterpriseId = (await sessionOf(api)).enterprise?.id;
  if (!enterpriseId) throw new Error('not an enterprise user');
  const e = `/enterprises/${enterpriseId}`;
  const tree = await api.json<TreeBody>('GET', `${e}/risk-register/tree`);
  const unit = tree.data.objects
    .flatMap((o) => o.units)
    .find((u) => u.status === 'approved' && !u.code.startsWith('E2E'));
  if (!unit) throw new Error(`no approved seeded unit in ${enterpriseId}`);
  const detail = await api.json<{ data: { events: { id: string }[] } }>('GET', `${e}/risk-units/${unit.id}`);
  const plans = await api.json<{ data: { id: string }[] }>('GET', `${e}/risk-site-plans`);
  const units = await api.json<{ data: { id: string; kind: string }[] }>('GET', `${e}/org-units`);
  const post = units.data.find((u) => u.kind === 'post');
  const [event] = detail.data.events;
  const [plan] = plans.data;
  if (!event || !plan || !post)
    throw new Error(`seeded register of ${enterpriseId} lacks an event, a plan or a post`);
  return {
    enterpriseId,
    unitId: unit.id,
    unitName: unit.name,
    eventId: event.id,
    planId: plan.id,
    postId: post.id,
  };
}

async function tenants(apiAs: (username: string) => Promise<ApiClient>): Promise<[Tenant, Tenant]> {
  const own = await tenantOf(await apiAs(personas.anquan.username));
  const other = await tenantOf(await apiAs(otherSafetyManager));
  expect(other.enterpriseId).not.toBe(own.enterpriseId);
  return [own, other];
}

test.describe('anquan (宏达化工) and 瑞丰新材料: risk routes beyond the tenancy table', () => {
  test('the API answers 404 for the other enterprise’s plans, changes, reviews, revisions and events', async ({
    page,
    pageApi,
    apiAs,
  }) => {
    const [own, other] = await tenants(apiAs);
    await loginAnquan(page, pageApi);
    for (const resource of [...enterpriseApi, ...recordApi]) {
      await test.step(resource.name, () => probe(pageApi, resource, own, other));
    }
  });

  test('the pages that open a record by id show nothing of the other enterprise', async ({
    page,
    pageApi,
    apiAs,
  }) => {
    const [own, other] = await tenants(apiAs);
    await loginAnquan(page, pageApi);
    for (const p of pages) {
      await test.step(p.name, async () => {
        await probePage(page, p, own, other);
        // Both registers come from the same template, so the unit's name alone proves nothing;
        // its detail (and its id) must not be on the page.
        expect(await page.content()).not.toContain(`data-unit-id="${other.unitId}"`);
      });
    }
  });
});
