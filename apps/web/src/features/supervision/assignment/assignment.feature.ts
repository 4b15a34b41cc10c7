import { createElement } from 'react';
import type { FeatureDescriptor } from '../../../shared/feature/feature.ts';
import { lazyNamed } from '../../../shared/utils/lazy-named.ts';

const load = () => import('./pages.tsx');
type Pages = Awaited<ReturnType<typeof load>>;
const route = (name: keyof Pages & string) => createElement(lazyNamed(load, name));

/**
 * 交办销号 and 通报 for regulators (登记造册, 交办, 销号审核; 周调度 and 月通报) and 监管交办 for
 * enterprises (the letters addressed to them, 签收, 申请销号); the letters and bulletins on A4.
 */
export const assignmentPart: Omit<FeatureDescriptor, 'name'> = {
  routes: {
    desktop: [
      { path: 'supervision/assignments', element: route('AssignmentsRoute') },
      { path: 'supervision/assignments/:id', element: route('AssignmentRoute') },
      { path: 'supervision/letters', element: route('LettersRoute') },
      { path: 'supervision/letters/:id', element: route('LetterRoute') },
      { path: 'supervision/bulletins', element: route('BulletinsRoute') },
      { path: 'supervision/bulletins/:id', element: route('BulletinRoute') },
    ],
    print: [
      { path: '/print/supervision/letters/:id', element: route('LetterPrintRoute') },
      { path: '/print/supervision/bulletins/:id', element: route('BulletinPrintRoute') },
    ],
  },
  menu: {
    regulator: {
      entries: [
        {
          key: 'supervision-assignments',
          labelKey: 'nav.supervisionAssignments',
          path: '/supervision/assignments',
          permission: 'supervision.read',
          order: 40,
        },
        {
          key: 'supervision-bulletins',
          labelKey: 'nav.supervisionBulletins',
          path: '/supervision/bulletins',
          permission: 'supervision.read',
          order: 41,
        },
      ],
    },
    enterprise: {
      entries: [
        {
          key: 'supervision-letters',
          labelKey: 'nav.supervisionLetters',
          path: '/supervision/letters',
          permission: 'supervision.respond',
          order: 90,
        },
      ],
    },
  },
};
