import type { FeatureDescriptor, MenuEntry } from '../../shared/feature/feature.ts';
import { fillSlot } from '../../shared/feature/slots.ts';
import { hasPermission } from '../../shared/session/session.ts';
import { homeWidgets } from '../platform/index.ts';
import { RegistryStats } from './lazy.tsx';
import {
  identityDesktopRoutes,
  identityMobileRoutes,
  identityPublicRoutes,
  identitySessionRoutes,
} from './routes.tsx';

const apiTokens = (order: number, group?: string): MenuEntry => ({
  key: 'api-tokens',
  labelKey: 'nav.apiTokens',
  path: '/api-tokens',
  permission: 'apiToken.manage',
  order,
  group,
});
const registry = (order: number, group?: string): MenuEntry => ({
  key: 'enterprises',
  labelKey: 'nav.enterpriseRegistry',
  path: '/enterprises',
  permission: 'enterprise.read',
  order,
  group,
});
const users = (order: number, permission: 'user.read' | 'user.manage', group?: string): MenuEntry => ({
  key: 'users',
  labelKey: 'nav.users',
  path: '/users',
  permission,
  order,
  group,
});

/** Login and accounts, enterprises and their registry, org units, users, regions, regulators, industries. */
export const identityFeature: FeatureDescriptor = {
  name: 'identity',
  routes: {
    public: identityPublicRoutes,
    session: identitySessionRoutes,
    desktop: identityDesktopRoutes,
    mobile: identityMobileRoutes,
  },
  menuIcons: () => import('./menu-icons.tsx').then((module) => module.menuIcons),
  menu: {
    enterprise: {
      entries: [
        {
          key: 'enterprise-profile',
          labelKey: 'nav.enterpriseProfile',
          path: '/enterprise',
          permission: 'enterprise.read',
          group: 'basic-info',
          order: 10,
        },
        {
          key: 'org-units',
          labelKey: 'nav.orgUnits',
          path: '/org-units',
          permission: 'enterprise.read',
          group: 'basic-info',
          order: 20,
        },
        users(30, 'user.read', 'basic-info'),
        apiTokens(10, 'settings'),
      ],
    },
    regulator: {
      entries: [
        registry(10, 'enterprise-management'),
        {
          key: 'enterprise-register',
          labelKey: 'nav.enterpriseRegister',
          path: '/enterprises/new',
          permission: 'enterprise.register',
          group: 'enterprise-management',
          order: 20,
        },
        users(30, 'user.manage'),
        apiTokens(90),
      ],
    },
    admin: {
      entries: [
        {
          key: 'jurisdictions',
          labelKey: 'nav.jurisdictions',
          path: '/admin/jurisdictions',
          permission: 'jurisdiction.manage',
          order: 10,
        },
        {
          key: 'regulators',
          labelKey: 'nav.regulators',
          path: '/admin/regulators',
          permission: 'regulator.manage',
          order: 20,
        },
        {
          key: 'industries',
          labelKey: 'nav.industries',
          path: '/admin/industries',
          permission: 'industry.manage',
          order: 30,
        },
        users(50, 'user.manage'),
        registry(60),
        apiTokens(90),
      ],
    },
    expert: { entries: [registry(60)] },
  },
  slots: [
    fillSlot(homeWidgets, {
      key: 'registry-stats',
      order: 10,
      visible: (session) => session.workspace !== 'enterprise' && hasPermission(session, 'enterprise.read'),
      component: RegistryStats,
    }),
  ],
};
