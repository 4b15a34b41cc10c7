import { Suspense, type ReactNode } from 'react';
import type { Permission } from '@shuangkong/contracts';
import { FullPageSpin } from '../../../shared/components/full-page-spin.tsx';
import { Permitted } from '../../../shared/session/permitted.tsx';
import { lazyNamed } from '../../../shared/utils/lazy-named.ts';
import '../i18n.ts';

const EnforcementPage = lazyNamed(() => import('./routes/enforcement-page.tsx'), 'EnforcementPage');
const DrawPage = lazyNamed(() => import('./routes/draw-page.tsx'), 'DrawPage');
const InspectionPage = lazyNamed(() => import('./routes/inspection-page.tsx'), 'InspectionPage');
const BlacklistPage = lazyNamed(() => import('./routes/blacklist-page.tsx'), 'BlacklistPage');
const OrdersPage = lazyNamed(() => import('./routes/orders-page.tsx'), 'OrdersPage');

const page = (permission: Permission, element: ReactNode) => (
  <Permitted permission={permission}>
    <Suspense fallback={<FullPageSpin />}>{element}</Suspense>
  </Permitted>
);

export const EnforcementPages = () => page('supervision.read', <EnforcementPage />);
export const DrawPages = () => page('supervision.read', <DrawPage />);
export const InspectionPages = () => page('supervision.read', <InspectionPage />);
export const BlacklistPages = () => page('supervision.read', <BlacklistPage />);
export const OrdersPages = () => page('supervision.respond', <OrdersPage />);
