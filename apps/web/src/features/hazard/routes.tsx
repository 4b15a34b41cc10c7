import type { RouteObject } from 'react-router';
import { lazyNamed } from '../../shared/utils/lazy-named.ts';

// One lazy chunk per area, as in risk and inspection: the first page preloads nothing of hazard.
const HazardDesktopPages = lazyNamed(() => import('./desktop-pages.tsx'), 'HazardDesktopPages');
const MobileQuickReportPage = lazyNamed(
  () => import('./routes/mobile-quick/mobile-quick-report-page.tsx'),
  'MobileQuickReportPage',
);

/** /hazards (隐患台账) and /hazards/:id (one hazard with its steps). */
export const hazardDesktopRoutes: RouteObject[] = [{ path: 'hazards/*', element: <HazardDesktopPages /> }];

/** Children of /m (phone shell): 随手拍. */
export const hazardMobileRoutes: RouteObject[] = [
  { path: 'hazards/quick', element: <MobileQuickReportPage /> },
];
