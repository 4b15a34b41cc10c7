import type { RouteObject } from 'react-router';
import { lazyNamed } from '../../../shared/utils/lazy-named.ts';

// One chunk for the part's pages: the first page of the app preloads nothing of enforcement.
const EnforcementPages = lazyNamed(() => import('./pages.tsx'), 'EnforcementPages');
const DrawPages = lazyNamed(() => import('./pages.tsx'), 'DrawPages');
const InspectionPages = lazyNamed(() => import('./pages.tsx'), 'InspectionPages');
const BlacklistPages = lazyNamed(() => import('./pages.tsx'), 'BlacklistPages');
const OrdersPages = lazyNamed(() => import('./pages.tsx'), 'OrdersPages');

/** /enforcement (tabs), a draw with its verification, an inspection; /blacklist; /enforcement-orders (enterprise). */
export const enforcementDesktopRoutes: RouteObject[] = [
  { path: 'enforcement', element: <EnforcementPages /> },
  { path: 'enforcement/draws/:id', element: <DrawPages /> },
  { path: 'enforcement/inspections/:enterpriseId/:id', element: <InspectionPages /> },
  { path: 'blacklist', element: <BlacklistPages /> },
  { path: 'enforcement-orders', element: <OrdersPages /> },
];
