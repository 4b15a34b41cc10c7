import type { RouteObject } from 'react-router';
import { lazyNamed } from '../../../shared/utils/lazy-named.ts';

// One lazy chunk for the part's pages: the first page preloads nothing of the map.
const RegionalMapPages = lazyNamed(() => import('./desktop-pages.tsx'), 'RegionalMapPages');
const PublicRiskPages = lazyNamed(() => import('./desktop-pages.tsx'), 'PublicRiskPages');

/** /supervision/map (区域四色图) and /supervision/public-risks/… (公共区域风险). */
export const mapDesktopRoutes: RouteObject[] = [
  { path: 'supervision/map', element: <RegionalMapPages /> },
  { path: 'supervision/public-risks/*', element: <PublicRiskPages /> },
];
