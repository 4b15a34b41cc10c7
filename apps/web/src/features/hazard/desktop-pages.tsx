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
