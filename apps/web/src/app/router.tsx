import { lazy, Suspense } from 'react';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import type { FeatureDescriptor, FeatureRoutes } from '../shared/feature/feature.ts';
import { FullPageSpin } from '../shared/components/full-page-spin.tsx';
import { lazyNamed } from '../shared/utils/lazy-named.ts';
import { features, loadMenuIcons } from './features.ts';
import { RequireSession } from './guards.tsx';
import { NotFoundPage, RouteErrorPage } from './route-error.tsx';

// The shell and the features' menu icons load together, so the icons stay out of the first page.
const DesktopLayout = lazy(async () => {
  const [{ DesktopLayout: Layout }, icons] = await Promise.all([
    import('./layouts/desktop-layout.tsx'),
    loadMenuIcons(),
  ]);
  return { default: () => <Layout featureIcons={icons} /> };
});
const MobileLayout = lazyNamed(() => import('./layouts/mobile-layout.tsx'), 'MobileLayout');

function Root() {
  return (
    <Suspense fallback={<FullPageSpin />}>
      <Outlet />
    </Suspense>
  );
}

/** The route tree: each feature's routes in their place, features in list order. */
export function buildRoutes(list: readonly FeatureDescriptor[]): RouteObject[] {
  const at = (place: keyof FeatureRoutes) => list.flatMap((feature) => feature.routes?.[place] ?? []);
  return [
    {
      element: <Root />,
      errorElement: <RouteErrorPage />,
      children: [
        ...at('public'),
        {
          path: '/m',
          element: <RequireSession loginPath="/m/login" />,
          children: [{ element: <MobileLayout />, children: at('mobile') }],
        },
        {
          element: <RequireSession loginPath="/login" />,
          children: [
            ...at('session'),
            ...at('print'),
            {
              path: '/',
              element: <DesktopLayout />,
              children: [...at('desktop'), { path: '*', element: <NotFoundPage /> }],
            },
          ],
        },
      ],
    },
  ];
}

export const routes: RouteObject[] = buildRoutes(features);

export function createAppRouter() {
  return createBrowserRouter(routes);
}
