import type { FeatureDescriptor, MenuEntry } from '../../shared/feature/feature.ts';
import { fillSlot } from '../../shared/feature/slots.ts';
import { hasPermission } from '../../shared/session/session.ts';
import { enterpriseDetailTabs } from '../identity/index.ts';
import { homeWidgets } from '../platform/index.ts';
import { EnterpriseRiskTab, RiskHomeWidget } from './lazy.tsx';
import { riskDesktopRoutes, riskMobileRoutes, riskPrintRoutes } from './routes.tsx';

const page = (order: number, key: string, labelKey: string, path: string): MenuEntry => ({
  key,
  labelKey,
  path,
  permission: 'risk.read',
  group: 'risk',
  order,
});

/** 风险分级管控: the register, assessment, four-color map, board, cards, major sources, reviews. */
export const riskFeature: FeatureDescriptor = {
  name: 'risk',
  routes: { desktop: riskDesktopRoutes, print: riskPrintRoutes, mobile: riskMobileRoutes },
  menu: {
    enterprise: {
      entries: [
        page(10, 'risk-register', 'nav.riskRegister', '/risk/register'),
        page(20, 'risk-assessment', 'nav.riskAssessment', '/risk/assessment'),
        page(30, 'risk-map', 'nav.riskMap', '/risk/map'),
        page(40, 'risk-board', 'nav.riskBoard', '/risk/board'),
        page(50, 'risk-cards', 'nav.riskCards', '/risk/cards'),
        page(60, 'major-sources', 'nav.majorSources', '/risk/major-sources'),
        page(70, 'risk-review', 'nav.riskReview', '/risk/review'),
        page(80, 'risk-revisions', 'nav.riskRevisions', '/risk/revisions'),
        page(90, 'risk-readiness', 'nav.riskReadiness', '/risk/readiness'),
      ],
    },
    admin: {
      entries: [
        {
          key: 'industry-tables',
          labelKey: 'nav.industryTables',
          path: '/risk/industry-tables',
          permission: 'industry.manage',
          // Beside 行业管理: the tables an industry's enterprises inherit.
          order: 35,
        },
      ],
    },
  },
  slots: [
    fillSlot(homeWidgets, {
      key: 'risk',
      order: 20,
      visible: (session) => session.workspace === 'enterprise' && hasPermission(session, 'risk.read'),
      component: RiskHomeWidget,
    }),
    // Regulators read an approved enterprise's register here; the enterprise edits it in its own menu.
    fillSlot(enterpriseDetailTabs, {
      key: 'risk',
      order: 10,
      labelKey: 'enterprise:detail.tabs.risk',
      visible: (enterprise, session) =>
        enterprise.status === 'approved' && hasPermission(session, 'risk.read'),
      component: EnterpriseRiskTab,
    }),
  ],
};
