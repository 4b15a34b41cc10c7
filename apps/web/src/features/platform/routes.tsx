import type { RouteObject } from 'react-router';
import { Permitted } from '../../shared/session/permitted.tsx';
import { lazyNamed } from '../../shared/utils/lazy-named.ts';

const HomePage = lazyNamed(() => import('./routes/home/home-page.tsx'), 'HomePage');
const InboxPage = lazyNamed(() => import('./routes/inbox/inbox-page.tsx'), 'InboxPage');
const CalendarPage = lazyNamed(() => import('./routes/calendar/calendar-page.tsx'), 'CalendarPage');
const EventDeliveriesPage = lazyNamed(
  () => import('./routes/event-deliveries/event-deliveries-page.tsx'),
  'EventDeliveriesPage',
);
const MobileTasksPage = lazyNamed(
  () => import('./routes/mobile-tasks/mobile-tasks-page.tsx'),
  'MobileTasksPage',
);

export const platformDesktopRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'inbox', element: <InboxPage /> },
  {
    path: 'admin/calendar',
    element: (
      <Permitted permission="calendar.manage">
        <CalendarPage />
      </Permitted>
    ),
  },
  {
    path: 'admin/event-deliveries',
    element: (
      <Permitted permission="platform.operate">
        <EventDeliveriesPage />
      </Permitted>
    ),
  },
];

/** Children of /m, inside the phone shell. */
export const platformMobileRoutes: RouteObject[] = [{ index: true, element: <MobileTasksPage /> }];
