import { Suspense, type ReactNode } from 'react';
import { useRoutes } from 'react-router';
import { FullPageSpin } from '../../shared/components/full-page-spin.tsx';
import { Permitted } from '../../shared/session/permitted.tsx';
import { lazyNamed } from '../../shared/utils/lazy-named.ts';
import './i18n.ts';

const ChecklistPage = lazyNamed(() => import('./routes/checklist/checklist-page.tsx'), 'ChecklistPage');
const TasksPage = lazyNamed(() => import('./routes/tasks/tasks-page.tsx'), 'TasksPage');
const TaskCalendarPage = lazyNamed(
  () => import('./routes/calendar/task-calendar-page.tsx'),
  'TaskCalendarPage',
);
const OutOfServicePage = lazyNamed(
  () => import('./routes/out-of-service/out-of-service-page.tsx'),
  'OutOfServicePage',
);
const PlansPage = lazyNamed(() => import('./routes/plans/plans-page.tsx'), 'PlansPage');
const RecordsPage = lazyNamed(() => import('./routes/records/records-page.tsx'), 'RecordsPage');
const IndicatorsPage = lazyNamed(() => import('./routes/indicators/indicators-page.tsx'), 'IndicatorsPage');

const page = (element: ReactNode) => (
  <Permitted permission="inspection.read">
    <Suspense fallback={<FullPageSpin />}>{element}</Suspense>
  </Permitted>
);

/** /inspection/… : 隐患排查清单 and 排查任务. */
export function InspectionDesktopPages() {
  return useRoutes([
    { path: 'checklist', element: page(<ChecklistPage />) },
    { path: 'tasks', element: page(<TasksPage />) },
    { path: 'calendar', element: page(<TaskCalendarPage />) },
    { path: 'indicators', element: page(<IndicatorsPage />) },
    { path: 'records', element: page(<RecordsPage />) },
    { path: 'plans', element: page(<PlansPage />) },
    { path: 'out-of-service', element: page(<OutOfServicePage />) },
  ]);
}
