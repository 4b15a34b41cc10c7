import { Suspense, type ReactNode } from 'react';
import { useRoutes } from 'react-router';
import { Permitted } from '../../shared/session/permitted.tsx';
import { FullPageSpin } from '../../shared/components/full-page-spin.tsx';
import { lazyNamed } from '../../shared/utils/lazy-named.ts';
import './i18n.ts';

const RegisterPage = lazyNamed(() => import('./routes/register/register-page.tsx'), 'RegisterPage');
const CalculatorPage = lazyNamed(() => import('./routes/calculator/calculator-page.tsx'), 'CalculatorPage');
const RegisterListPage = lazyNamed(
  () => import('./routes/register-list/register-list-page.tsx'),
  'RegisterListPage',
);
const MapPage = lazyNamed(() => import('./routes/four-color-map/map-page.tsx'), 'MapPage');
const BoardPage = lazyNamed(() => import('./routes/board/board-page.tsx'), 'BoardPage');
const CardsPage = lazyNamed(() => import('./routes/cards/cards-page.tsx'), 'CardsPage');
const MajorSourcesPage = lazyNamed(
  () => import('./routes/major-sources/major-sources-page.tsx'),
  'MajorSourcesPage',
);
const ReviewPage = lazyNamed(() => import('./routes/review/review-page.tsx'), 'ReviewPage');
const ReadinessPage = lazyNamed(() => import('./routes/readiness/readiness-page.tsx'), 'ReadinessPage');
const RevisionsPage = lazyNamed(() => import('./routes/revisions/revisions-page.tsx'), 'RevisionsPage');
const IndustryTablesPage = lazyNamed(
  () => import('./routes/industry-tables/industry-tables-page.tsx'),
  'IndustryTablesPage',
);

const page = (element: ReactNode) => (
  <Permitted permission="risk.read">
    <Suspense fallback={<FullPageSpin />}>{element}</Suspense>
  </Permitted>
);

/** /risk/… : 风险管控清单, 风险评估, 四色分布图, 公告栏, 告知卡, 重大危险源, 风险评审, 版本记录, 上报就绪. */
export function RiskDesktopPages() {
  return useRoutes([
    { path: 'register', element: page(<RegisterPage />) },
    { path: 'register-list', element: page(<RegisterListPage />) },
    { path: 'assessment', element: page(<CalculatorPage />) },
    { path: 'map', element: page(<MapPage />) },
    { path: 'board', element: page(<BoardPage />) },
    { path: 'cards', element: page(<CardsPage />) },
    { path: 'major-sources', element: page(<MajorSourcesPage />) },
    { path: 'review', element: page(<ReviewPage />) },
    { path: 'revisions', element: page(<RevisionsPage />) },
    {
      path: 'industry-tables',
      element: (
        <Permitted permission="industry.manage">
          <Suspense fallback={<FullPageSpin />}>
            <IndustryTablesPage />
          </Suspense>
        </Permitted>
      ),
    },
    { path: 'readiness', element: page(<ReadinessPage />) },
  ]);
}
