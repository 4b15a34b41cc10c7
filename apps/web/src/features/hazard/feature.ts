import type { FeatureDescriptor } from '../../shared/feature/feature.ts';
import { hazardDesktopRoutes, hazardMobileRoutes } from './routes.tsx';

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
  },
};
