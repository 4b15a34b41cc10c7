import { Suspense, type ReactNode } from 'react';
import { useRoutes } from 'react-router';
import { Permitted } from '../../shared/session/permitted.tsx';
import { FullPageSpin } from '../../shared/components/full-page-spin.tsx';
import { lazyNamed } from '../../shared/utils/lazy-named.ts';
import './i18n.ts';

const PostCardPrintPage = lazyNamed(() => import('./routes/cards/post-card-page.tsx'), 'PostCardPrintPage');
const EmergencyCardPrintPage = lazyNamed(
  () => import('./routes/cards/emergency-card-page.tsx'),
  'EmergencyCardPrintPage',
);

const page = (element: ReactNode) => (
  <Permitted permission="risk.read">
    <Suspense fallback={<FullPageSpin />}>{element}</Suspense>
  </Permitted>
);

/** /print/risk/… : the printable cards, without the desktop chrome. */
export function RiskPrintPages() {
  return useRoutes([
    { path: 'post-cards/:postId', element: page(<PostCardPrintPage />) },
    { path: 'emergency-cards/:postId', element: page(<EmergencyCardPrintPage />) },
  ]);
}
