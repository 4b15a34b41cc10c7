import type { RouteObject } from 'react-router';
import { lazyNamed } from '../../shared/utils/lazy-named.ts';

// One lazy chunk per area, as in risk: the first page preloads nothing of inspection.
const InspectionDesktopPages = lazyNamed(() => import('./desktop-pages.tsx'), 'InspectionDesktopPages');
const MobileTasksPage = lazyNamed(
  () => import('./routes/mobile-tasks/mobile-tasks-page.tsx'),
  'MobileTasksPage',
);

export const inspectionDesktopRoutes: RouteObject[] = [
  { path: 'inspection/*', element: <InspectionDesktopPages /> },
];

/** Children of /m (phone shell): today's checks. */
export const inspectionMobileRoutes: RouteObject[] = [{ path: 'inspection', element: <MobileTasksPage /> }];
