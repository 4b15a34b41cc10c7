import { Suspense, type ReactNode } from 'react';
import { FullPageSpin } from '../../../shared/components/full-page-spin.tsx';
import { Permitted } from '../../../shared/session/permitted.tsx';
import type { Permission } from '../../../shared/session/session.ts';
import { lazyNamed } from '../../../shared/utils/lazy-named.ts';
import '../i18n.ts';

const RegulatorAssignmentsPage = lazyNamed(
  () => import('./routes/regulator-assignments-page.tsx'),
  'RegulatorAssignmentsPage',
);
const AssignmentDetailPage = lazyNamed(
  () => import('./routes/assignment-detail-page.tsx'),
  'AssignmentDetailPage',
);
const EnterpriseLettersPage = lazyNamed(
  () => import('./routes/enterprise-letters-page.tsx'),
  'EnterpriseLettersPage',
);
const BulletinsPage = lazyNamed(() => import('./routes/bulletins-page.tsx'), 'BulletinsPage');
const BulletinDetailPage = lazyNamed(() => import('./routes/bulletins-page.tsx'), 'BulletinDetailPage');
const LetterPrintPage = lazyNamed(() => import('./routes/print-pages.tsx'), 'LetterPrintPage');
const BulletinPrintPage = lazyNamed(() => import('./routes/print-pages.tsx'), 'BulletinPrintPage');

const page = (element: ReactNode, permission?: Permission) => {
  const inner = <Suspense fallback={<FullPageSpin />}>{element}</Suspense>;
  return permission ? <Permitted permission={permission}>{inner}</Permitted> : inner;
};

/** Each page in its chunk, behind its permission. */
export const AssignmentsRoute = () => page(<RegulatorAssignmentsPage />, 'supervision.read');
export const AssignmentRoute = () => page(<AssignmentDetailPage />, 'supervision.read');
export const LettersRoute = () => page(<EnterpriseLettersPage />, 'supervision.respond');
export const LetterRoute = () => page(<AssignmentDetailPage />, 'supervision.respond');
export const BulletinsRoute = () => page(<BulletinsPage />, 'supervision.read');
export const BulletinRoute = () => page(<BulletinDetailPage />);
export const LetterPrintRoute = () => page(<LetterPrintPage />);
export const BulletinPrintRoute = () => page(<BulletinPrintPage />);
