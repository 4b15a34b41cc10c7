import type { RouteObject } from 'react-router';
import { lazyNamed } from '../../shared/utils/lazy-named.ts';

// One lazy chunk per area, as in risk and inspection: the first page preloads nothing of hazard.
const HazardDesktopPages = lazyNamed(() => import('./desktop-pages.tsx'), 'HazardDesktopPages');
const RegionalMajorHazardPages = lazyNamed(() => import('./desktop-pages.tsx'), 'RegionalMajorHazardPages');
const EnterpriseHazardPage = lazyNamed(() => import('./desktop-pages.tsx'), 'EnterpriseHazardPage');
const MobileQuickReportPage = lazyNamed(
  () => import('./routes/mobile-quick/mobile-quick-report-page.tsx'),
  'MobileQuickReportPage',
);

/**
 * /hazards (隐患台账) and /hazards/:id (one hazard with its steps); for regulators /major-hazards
 * and an enterprise's hazard under /enterprises/:enterpriseId/hazards/:id.
 */
export const hazardDesktopRoutes: RouteObject[] = [
  { path: 'hazards/*', element: <HazardDesktopPages /> },
  { path: 'major-hazards', element: <RegionalMajorHazardPages /> },
  { path: 'enterprises/:enterpriseId/hazards/:id', element: <EnterpriseHazardPage /> },
];

/** Children of /m (phone shell): 随手拍. */
export const hazardMobileRoutes: RouteObject[] = [
  { path: 'hazards/quick', element: <MobileQuickReportPage /> },
];
