import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoutes } from 'react-router';
import { FullPageSpin } from '../../../shared/components/full-page-spin.tsx';
import { PlainResult } from '../../../shared/components/plain-result.tsx';
import { Permitted } from '../../../shared/session/permitted.tsx';
import { hasPermission, useSession } from '../../../shared/session/session.ts';
import { lazyNamed } from '../../../shared/utils/lazy-named.ts';
import '../i18n.ts';

const ListingListPage = lazyNamed(() => import('./routes/listing-list-page.tsx'), 'ListingListPage');
const ListingDetailPage = lazyNamed(() => import('./routes/listing-detail-page.tsx'), 'ListingDetailPage');
const ListingCreatePage = lazyNamed(() => import('./routes/listing-create-page.tsx'), 'ListingCreatePage');

/** Regulators, the listed enterprise and the commissioned agency each see listings (the server scopes them). */
function ListingReader({ children }: { children: ReactNode }) {
  const session = useSession();
  const { t } = useTranslation();
  const may = (['supervision.read', 'supervision.respond', 'supervision.evaluate'] as const).some((p) =>
    hasPermission(session, p),
  );
  if (!may) return <PlainResult title="403" detail={t('errors:codes.FORBIDDEN')} testId="forbidden" />;
  return <Suspense fallback={<FullPageSpin />}>{children}</Suspense>;
}

/** /supervision/listings/… : the list, one listing, and listing a major hazard (regulators). */
export function ListingPages() {
  return useRoutes([
    {
      index: true,
      element: (
        <ListingReader>
          <ListingListPage />
        </ListingReader>
      ),
    },
    {
      path: 'new',
      element: (
        <Permitted permission="supervision.act">
          <Suspense fallback={<FullPageSpin />}>
            <ListingCreatePage />
          </Suspense>
        </Permitted>
      ),
    },
    {
      path: ':id',
      element: (
        <ListingReader>
          <ListingDetailPage />
        </ListingReader>
      ),
    },
  ]);
}
