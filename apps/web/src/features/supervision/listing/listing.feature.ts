import { createElement, lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { FeatureDescriptor } from '../../../shared/feature/feature.ts';
import { fillSlot } from '../../../shared/feature/slots.ts';
import { hasPermission } from '../../../shared/session/session.ts';
import { lazyNamed } from '../../../shared/utils/lazy-named.ts';
import { hazardDetailNotices, regionalMajorHazardActions } from '../../hazard/index.ts';

const ListingPages = lazyNamed(() => import('./listing-pages.tsx'), 'ListingPages');
const HazardListingNotice = lazy(async () => ({
  default: (await import('./components/hazard-listing-notice.tsx')).HazardListingNotice,
}));
const ListHazardAction = lazy(async () => ({
  default: (await import('./components/list-hazard-action.tsx')).ListHazardAction,
}));

const routes: RouteObject[] = [{ path: 'supervision/listings/*', element: createElement(ListingPages) }];

/**
 * The listing part of supervision (挂牌督办): regulators list major hazards and follow them to
 * delisting; the enterprise sees its listings and asks for the evaluation; the agency records it.
 */
export const listingPart: Omit<FeatureDescriptor, 'name'> = {
  routes: { desktop: routes },
  menu: {
    regulator: {
      entries: [
        {
          key: 'supervision-listings',
          labelKey: 'nav.supervisionListings',
          path: '/supervision/listings',
          permission: 'supervision.read',
          // Right after 重大隐患 (30): what the regulator does about them.
          order: 31,
        },
      ],
    },
    enterprise: {
      entries: [
        {
          key: 'supervision-listings',
          labelKey: 'nav.supervisionListings',
          path: '/supervision/listings',
          permission: 'supervision.respond',
          group: 'hazard',
          order: 45,
        },
      ],
    },
    expert: {
      entries: [
        {
          key: 'supervision-evaluations',
          labelKey: 'nav.supervisionEvaluations',
          path: '/supervision/listings',
          permission: 'supervision.evaluate',
          order: 10,
        },
      ],
    },
  },
  slots: [
    fillSlot(regionalMajorHazardActions, {
      key: 'listing',
      order: 10,
      visible: (session) => hasPermission(session, 'supervision.act'),
      component: ListHazardAction,
    }),
    fillSlot(hazardDetailNotices, {
      key: 'listing',
      order: 10,
      visible: (session) =>
        (['supervision.read', 'supervision.respond', 'supervision.evaluate'] as const).some((p) =>
          hasPermission(session, p),
        ),
      component: HazardListingNotice,
    }),
  ],
};
