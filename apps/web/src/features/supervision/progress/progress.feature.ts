import { createElement, lazy } from 'react';
import type { FeatureDescriptor } from '../../../shared/feature/feature.ts';
import { fillSlot } from '../../../shared/feature/slots.ts';
import { hasPermission } from '../../../shared/session/session.ts';
import { lazyNamed } from '../../../shared/utils/lazy-named.ts';
import { enterpriseDetailTabs } from '../../identity/index.ts';

const ProgressPage = lazyNamed(() => import('./progress-page.tsx'), 'ProgressPage');
const ProgressReportsPage = lazyNamed(() => import('./progress-reports-page.tsx'), 'ProgressReportsPage');
// A slot component takes the enterprise's id, so not lazyNamed (that one is for pages without props).
const EnterpriseProgressTab = lazy(async () => ({
  default: (await import('./enterprise-progress-tab.tsx')).EnterpriseProgressTab,
}));

/**
 * 双控机制建设进展: regulators' 建设进展 (dashboard, enterprises with what each lacks, the monthly
 * tables of seed 003 with export); enterprises' 建设月报 (the monthly report of 附件2).
 */
export const progressPart: Omit<FeatureDescriptor, 'name'> = {
  routes: {
    desktop: [
      { path: 'supervision/progress', element: createElement(ProgressPage) },
      { path: 'progress-reports', element: createElement(ProgressReportsPage) },
    ],
  },
  menu: {
    regulator: {
      entries: [
        {
          key: 'build-progress',
          labelKey: 'nav.buildProgress',
          path: '/supervision/progress',
          permission: 'supervision.read',
          order: 90,
        },
      ],
    },
    enterprise: {
      entries: [
        {
          key: 'progress-reports',
          labelKey: 'nav.progressReports',
          path: '/progress-reports',
          permission: 'supervision.respond',
          order: 190,
        },
      ],
    },
  },
  slots: [
    // Regulators read an enterprise's build progress on its page.
    fillSlot(enterpriseDetailTabs, {
      key: 'build-progress',
      order: 60,
      labelKey: 'common:nav.buildProgress',
      visible: (_enterprise, session) =>
        session.workspace === 'regulator' && hasPermission(session, 'supervision.read'),
      component: EnterpriseProgressTab,
    }),
  ],
  menuIcons: async () => {
    const { LineChartOutlined, FileDoneOutlined } = await import('@ant-design/icons');
    return {
      'build-progress': createElement(LineChartOutlined),
      'progress-reports': createElement(FileDoneOutlined),
    };
  },
};
