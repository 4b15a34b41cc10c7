import { Suspense, type ReactNode } from 'react';
import { useRoutes } from 'react-router';
import { FullPageSpin } from '../../../shared/components/full-page-spin.tsx';
import { Permitted } from '../../../shared/session/permitted.tsx';
import { lazyNamed } from '../../../shared/utils/lazy-named.ts';
import '../i18n.ts';

const RegionalMapPage = lazyNamed(() => import('./routes/regional-map-page.tsx'), 'RegionalMapPage');
const PublicRiskListPage = lazyNamed(
  () => import('./routes/public-risk-list-page.tsx'),
  'PublicRiskListPage',
);
const PublicRiskDetailPage = lazyNamed(
  () => import('./routes/public-risk-detail-page.tsx'),
  'PublicRiskDetailPage',
);

const page = (element: ReactNode) => (
  <Permitted permission="supervision.read">
    <Suspense fallback={<FullPageSpin />}>{element}</Suspense>
  </Permitted>
);

/** /supervision/map: 区域四色图. */
export function RegionalMapPages() {
  return page(<RegionalMapPage />);
}

/** /supervision/public-risks/…: 公共区域风险, the list and one risk. */
export function PublicRiskPages() {
  return useRoutes([
    { index: true, element: page(<PublicRiskListPage />) },
    { path: ':id', element: page(<PublicRiskDetailPage />) },
  ]);
}
