import { lazy } from 'react';
import type { FeatureDescriptor } from '../../../shared/feature/feature.ts';
import { fillSlot } from '../../../shared/feature/slots.ts';
import { hasPermission } from '../../../shared/session/session.ts';
import { enterpriseDetailTabs } from '../../identity/index.ts';
import { homeWidgets } from '../../platform/index.ts';
import { regionalDesktopRoutes } from './routes.tsx';

const EnterpriseTierTab = lazy(async () => ({
  default: (await import('./routes/enterprise-tier-tab.tsx')).EnterpriseTierTab,
}));
const SupervisionHomeWidget = lazy(async () => ({
  default: (await import('./components/supervision-home-widget.tsx')).SupervisionHomeWidget,
}));

/**
 * The regional part of supervision: its routes, menu entries and slot fills, combined with the other
 * parts' in ../feature.ts.
 */
export const regionalPart: Omit<FeatureDescriptor, 'name'> = {
  routes: { desktop: regionalDesktopRoutes },
  menu: {
    regulator: {
      entries: [
        {
          key: 'regional-risks',
          labelKey: 'nav.regionalRisks',
          path: '/supervision/risks',
          permission: 'supervision.read',
          // After 重大隐患 (30): the county's risks, then how each enterprise is supervised.
          order: 32,
        },
        {
          key: 'supervision-tiers',
          labelKey: 'nav.supervisionTiers',
          path: '/supervision/tiers',
          permission: 'supervision.read',
          order: 34,
        },
      ],
    },
  },
  menuIcons: () => import('./menu-icons.tsx').then((module) => module.menuIcons),
  slots: [
    // Regulators' home: today's figures of the remit.
    fillSlot(homeWidgets, {
      key: 'supervision-regional',
      order: 5,
      visible: (session) => session.workspace === 'regulator' && hasPermission(session, 'supervision.read'),
      component: SupervisionHomeWidget,
    }),
    fillSlot(enterpriseDetailTabs, {
      key: 'supervision-tier',
      order: 40,
      labelKey: 'common:nav.supervisionTiers',
      visible: (enterprise, session) =>
        session.workspace === 'regulator' &&
        enterprise.status === 'approved' &&
        hasPermission(session, 'supervision.read'),
      component: EnterpriseTierTab,
    }),
  ],
};
