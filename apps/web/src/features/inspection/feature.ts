import { lazy } from 'react';
import type { FeatureDescriptor, MenuEntry } from '../../shared/feature/feature.ts';
import { fillSlot } from '../../shared/feature/slots.ts';
import { mobileUnitSections } from '../risk/index.ts';
import { inspectionDesktopRoutes, inspectionMobileRoutes } from './routes.tsx';

const page = (order: number, key: string, labelKey: string, path: string): MenuEntry => ({
  key,
  labelKey,
  path,
  permission: 'inspection.read',
  group: 'hazard',
  order,
});

const UnitTasksSection = lazy(async () => ({
  default: (await import('./components/unit-tasks-section.tsx')).UnitTasksSection,
}));

/** 隐患排查: the checklist from the register, the day's tasks, and the phone page under /m. */
export const inspectionFeature: FeatureDescriptor = {
  name: 'inspection',
  routes: { desktop: inspectionDesktopRoutes, mobile: inspectionMobileRoutes },
  menu: {
    enterprise: {
      entries: [
        page(10, 'inspection-checklist', 'nav.inspectionChecklist', '/inspection/checklist'),
        page(20, 'inspection-tasks', 'nav.inspectionTasks', '/inspection/tasks'),
        page(22, 'inspection-plans', 'nav.inspectionPlans', '/inspection/plans'),
        page(24, 'inspection-out-of-service', 'nav.inspectionOutOfService', '/inspection/out-of-service'),
        page(25, 'inspection-calendar', 'nav.inspectionCalendar', '/inspection/calendar'),
        page(28, 'inspection-records', 'nav.inspectionRecords', '/inspection/records'),
        page(30, 'inspection-indicators', 'nav.inspectionIndicators', '/inspection/indicators'),
      ],
    },
  },
  // Scanning a unit's card opens its phone page; the scanner's checks of the unit are answered there.
  slots: [
    fillSlot(mobileUnitSections, { key: 'inspection-unit-tasks', order: 10, component: UnitTasksSection }),
  ],
};
