import type { RouteObject } from 'react-router';
import { lazyNamed } from '../../../shared/utils/lazy-named.ts';

const RegionalRisksPage = lazyNamed(() => import('./routes/regional-risks-page.tsx'), 'RegionalRisksPage');
const TiersPage = lazyNamed(() => import('./routes/tiers-page.tsx'), 'TiersPage');

/** /supervision/risks (区域安全风险数据库) and /supervision/tiers (分级监管), regulators only. */
export const regionalDesktopRoutes: RouteObject[] = [
  { path: 'supervision/risks', element: <RegionalRisksPage /> },
  { path: 'supervision/tiers', element: <TiersPage /> },
];
