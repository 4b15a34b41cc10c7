import type { FeatureDescriptor } from '../../../shared/feature/feature.ts';
import { mapDesktopRoutes } from './routes.tsx';

/**
 * The map part of supervision: 区域四色图 and 公共区域风险 for regulators, combined with the other
 * parts' in ../feature.ts.
 */
export const mapPart: Omit<FeatureDescriptor, 'name'> = {
  routes: { desktop: mapDesktopRoutes },
  menu: {
    regulator: {
      entries: [
        // After 重大隐患 (30): the picture of the region, then what the government owns itself.
        {
          key: 'regional-map',
          labelKey: 'nav.regionalMap',
          path: '/supervision/map',
          permission: 'supervision.read',
          order: 32,
        },
        {
          key: 'public-risks',
          labelKey: 'nav.publicRisks',
          path: '/supervision/public-risks',
          permission: 'supervision.read',
          order: 33,
        },
      ],
    },
  },
};
