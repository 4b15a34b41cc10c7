import type { RouteObject } from 'react-router';
import { lazyNamed } from '../../shared/utils/lazy-named.ts';

// One lazy chunk per area, each with its own sub-router: every lazy import here adds its preload
// list to the first page, so the risk pages' own lazy imports live inside these chunks instead.
const RiskDesktopPages = lazyNamed(() => import('./desktop-pages.tsx'), 'RiskDesktopPages');
const RiskPrintPages = lazyNamed(() => import('./print-pages.tsx'), 'RiskPrintPages');
const EnterpriseRiskPage = lazyNamed(
  () => import('./routes/enterprise-risk/enterprise-risk-page.tsx'),
  'EnterpriseRiskPage',
);
const MobileUnitPage = lazyNamed(() => import('./routes/mobile-unit/mobile-unit-page.tsx'), 'MobileUnitPage');

/** Pages inside the desktop layout: /risk/… and the regulator's read-only view of one enterprise. */
export const riskDesktopRoutes: RouteObject[] = [
  { path: 'risk/*', element: <RiskDesktopPages /> },
  { path: 'enterprises/:id/risk', element: <EnterpriseRiskPage /> },
];

/** Print pages: a session but no desktop chrome, so the card fills the paper. */
export const riskPrintRoutes: RouteObject[] = [{ path: '/print/risk/*', element: <RiskPrintPages /> }];

/** Children of /m (phone shell): the page a printed card's QR code opens. */
export const riskMobileRoutes: RouteObject[] = [{ path: 'risk-units/:unitId', element: <MobileUnitPage /> }];
