import { Suspense, type ReactNode } from 'react';
import { useRoutes } from 'react-router';
import { FullPageSpin } from '../../shared/components/full-page-spin.tsx';
import { Permitted } from '../../shared/session/permitted.tsx';
import { lazyNamed } from '../../shared/utils/lazy-named.ts';
import './i18n.ts';

const HazardListPage = lazyNamed(() => import('./routes/list/hazard-list-page.tsx'), 'HazardListPage');
const HazardDetailPage = lazyNamed(
  () => import('./routes/detail/hazard-detail-page.tsx'),
  'HazardDetailPage',
);

const RegionalMajorHazardsPage = lazyNamed(
  () => import('./routes/regional/regional-major-hazards-page.tsx'),
  'RegionalMajorHazardsPage',
);

const page = (element: ReactNode) => (
  <Permitted permission="hazard.read">
    <Suspense fallback={<FullPageSpin />}>{element}</Suspense>
  </Permitted>
);

/** /hazards/… : 隐患台账 and one hazard's page. */
export function HazardDesktopPages() {
  return useRoutes([
    { index: true, element: page(<HazardListPage />) },
    { path: ':id', element: page(<HazardDetailPage />) },
  ]);
}

/** /major-hazards: regulators' 重大事故隐患 in their remit. */
export function RegionalMajorHazardPages() {
  return page(<RegionalMajorHazardsPage />);
}

/** /enterprises/:enterpriseId/hazards/:id: one hazard of an enterprise, as a regulator reads it. */
export function EnterpriseHazardPage() {
  return page(<HazardDetailPage />);
}
