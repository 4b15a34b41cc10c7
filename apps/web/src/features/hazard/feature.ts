import { lazy } from 'react';
import type { FeatureDescriptor } from '../../shared/feature/feature.ts';
import { fillSlot } from '../../shared/feature/slots.ts';
import { hasPermission } from '../../shared/session/session.ts';
import { enterpriseDetailTabs } from '../identity/index.ts';
import { hazardDesktopRoutes, hazardMobileRoutes } from './routes.tsx';

const EnterpriseHazardsTab = lazy(async () => ({
  default: (await import('./routes/regional/enterprise-hazards-tab.tsx')).EnterpriseHazardsTab,
}));

/** 隐患治理: the register of hazards, each one's detail with its steps, and 随手拍 on the phone. */
export const hazardFeature: FeatureDescriptor = {
  name: 'hazard',
  routes: { desktop: hazardDesktopRoutes, mobile: hazardMobileRoutes },
  menu: {
    enterprise: {
      entries: [
        {
          key: 'hazards',
          labelKey: 'nav.hazards',
          path: '/hazards',
          permission: 'hazard.read',
          group: 'hazard',
          // After 排查 (10–30): finding comes before rectifying.
          order: 40,
        },
      ],
    },
    regulator: {
      entries: [
        {
          key: 'major-hazards',
          labelKey: 'nav.majorHazards',
          path: '/major-hazards',
          permission: 'hazard.read',
          // After 企业管理 (20): the enterprises first, then what they must fix.
          order: 30,
        },
      ],
    },
  },
  slots: [
    // Regulators read an enterprise's major hazards on its page; the enterprise has its own menu.
    fillSlot(enterpriseDetailTabs, {
      key: 'hazards',
      order: 20,
      labelKey: 'enterprise:detail.tabs.hazards',
      visible: (enterprise, session) =>
        session.workspace === 'regulator' &&
        enterprise.status === 'approved' &&
        hasPermission(session, 'hazard.read'),
      component: EnterpriseHazardsTab,
    }),
  ],
};
