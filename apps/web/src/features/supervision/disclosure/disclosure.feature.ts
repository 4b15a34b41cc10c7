import { createElement } from 'react';
import type { FeatureDescriptor } from '../../../shared/feature/feature.ts';
import { lazyNamed } from '../../../shared/utils/lazy-named.ts';

const DisclosurePage = lazyNamed(() => import('./routes/disclosure-page.tsx'), 'DisclosurePage');

/**
 * 信息公示: the public page, without signing in, of what the other parts publish (close-outs of
 * major risks, listed hazards with their delisting and exposure notices, inspection results with
 * their draw seeds, the quarterly blacklist). It reads only the /public API.
 */
export const disclosurePart: Omit<FeatureDescriptor, 'name'> = {
  routes: { public: [{ path: '/disclosures', element: createElement(DisclosurePage) }] },
};
