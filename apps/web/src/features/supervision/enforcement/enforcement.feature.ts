import type { FeatureDescriptor } from '../../../shared/feature/feature.ts';
import { enforcementDesktopRoutes } from './enforcement.routes.tsx';

/**
 * The enforcement part of supervision: 执法检查 (plan, 双随机 pools and draws with their
 * verification, inspection records, expert inspections, penalties, conflicts) and 黑名单 for
 * regulators; 执法指令 for the enterprise (its orders; the hazards are in 隐患台账).
 */
export const enforcementPart: Omit<FeatureDescriptor, 'name'> = {
  routes: { desktop: enforcementDesktopRoutes },
  menu: {
    regulator: {
      entries: [
        {
          key: 'enforcement',
          labelKey: 'nav.enforcement',
          path: '/enforcement',
          permission: 'supervision.read',
          order: 60,
        },
        {
          key: 'blacklist',
          labelKey: 'nav.blacklist',
          path: '/blacklist',
          permission: 'supervision.read',
          order: 61,
        },
      ],
    },
    enterprise: {
      entries: [
        {
          key: 'enforcement-orders',
          labelKey: 'nav.enforcementOrders',
          path: '/enforcement-orders',
          permission: 'supervision.respond',
          group: 'hazard',
          order: 45,
        },
      ],
    },
  },
};
