import type { FeatureDescriptor, MenuEntry } from '../../shared/feature/feature.ts';
import { platformDesktopRoutes, platformMobileRoutes } from './routes.tsx';

const home: MenuEntry = { key: 'home', labelKey: 'nav.home', path: '/', order: 0 };

/** 首页, messages and the working-day calendar. */
export const platformFeature: FeatureDescriptor = {
  name: 'platform',
  routes: { desktop: platformDesktopRoutes, mobile: platformMobileRoutes },
  menuIcons: () => import('./menu-icons.tsx').then((module) => module.menuIcons),
  menu: {
    enterprise: { entries: [home] },
    regulator: { entries: [home] },
    admin: {
      entries: [
        home,
        {
          key: 'calendar',
          labelKey: 'nav.calendar',
          path: '/admin/calendar',
          permission: 'calendar.manage',
          order: 40,
        },
        {
          key: 'event-deliveries',
          labelKey: 'nav.eventDeliveries',
          path: '/admin/event-deliveries',
          permission: 'platform.operate',
          // Operations come last, after the people and token pages.
          order: 200,
        },
      ],
    },
    expert: { entries: [home] },
  },
};
