import { Suspense } from 'react';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import {
  identityDesktopRoutes,
  identityPublicRoutes,
  identitySessionRoutes,
} from '../features/identity/routes.tsx';
import { platformDesktopRoutes, platformMobileRoutes } from '../features/platform/routes.tsx';
import { riskDesktopRoutes, riskMobileRoutes, riskPrintRoutes } from '../features/risk/routes.tsx';
import { FullPageSpin } from '../shared/components/full-page-spin.tsx';
import { lazyNamed } from '../shared/utils/lazy-named.ts';
import { RequireSession } from './guards.tsx';
import { NotFoundPage, RouteErrorPage } from './route-error.tsx';

const DesktopLayout = lazyNamed(() => import('./layouts/desktop-layout.tsx'), 'DesktopLayout');
const MobileLayout = lazyNamed(() => import('./layouts/mobile-layout.tsx'), 'MobileLayout');

function Root() {
  return (
    <Suspense fallback={<FullPageSpin />}>
      <Outlet />
    </Suspense>
  );
}

export const routes: RouteObject[] = [
  {
    element: <Root />,
    errorElement: <RouteErrorPage />,
    children: [
      ...identityPublicRoutes,
      {
        path: '/m',
        element: <RequireSession loginPath="/m/login" />,
        children: [{ element: <MobileLayout />, children: [...platformMobileRoutes, ...riskMobileRoutes] }],
      },
      {
        element: <RequireSession loginPath="/login" />,
        children: [
          ...identitySessionRoutes,
          ...riskPrintRoutes,
          {
            path: '/',
            element: <DesktopLayout />,
            children: [
              ...platformDesktopRoutes,
              ...identityDesktopRoutes,
              ...riskDesktopRoutes,
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
