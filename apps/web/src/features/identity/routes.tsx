import type { RouteObject } from 'react-router';
import { Permitted } from '../../shared/session/permitted.tsx';
import { lazyNamed } from '../../shared/utils/lazy-named.ts';

const LoginPage = lazyNamed(() => import('./routes/login/login-page.tsx'), 'LoginPage');
const MobileLoginPage = lazyNamed(
  () => import('./routes/mobile-login/mobile-login-page.tsx'),
  'MobileLoginPage',
);
const SelfRegistrationPage = lazyNamed(
  () => import('./routes/self-registration/self-registration-page.tsx'),
  'SelfRegistrationPage',
);
const MobileMePage = lazyNamed(() => import('./routes/mobile-me/mobile-me-page.tsx'), 'MobileMePage');
const ChangePasswordPage = lazyNamed(
  () => import('./routes/change-password/change-password-page.tsx'),
  'ChangePasswordPage',
);
const EnterpriseListPage = lazyNamed(
  () => import('./routes/enterprise-list/enterprise-list-page.tsx'),
  'EnterpriseListPage',
);
const EnterpriseDetailPage = lazyNamed(
  () => import('./routes/enterprise-detail/enterprise-detail-page.tsx'),
  'EnterpriseDetailPage',
);
const EnterpriseProfilePage = lazyNamed(
  () => import('./routes/enterprise-profile/enterprise-profile-page.tsx'),
  'EnterpriseProfilePage',
);
const EnterpriseEditPage = lazyNamed(
  () => import('./routes/enterprise-edit/enterprise-edit-page.tsx'),
  'EnterpriseEditPage',
);
const EnterpriseRegisterPage = lazyNamed(
  () => import('./routes/enterprise-register/enterprise-register-page.tsx'),
  'EnterpriseRegisterPage',
);
const OrgUnitsPage = lazyNamed(() => import('./routes/org-units/org-units-page.tsx'), 'OrgUnitsPage');
const UsersPage = lazyNamed(() => import('./routes/users/users-page.tsx'), 'UsersPage');
const ApiTokensPage = lazyNamed(() => import('./routes/api-tokens/api-tokens-page.tsx'), 'ApiTokensPage');
const JurisdictionsPage = lazyNamed(
  () => import('./routes/jurisdictions/jurisdictions-page.tsx'),
  'JurisdictionsPage',
);
const RegulatorsPage = lazyNamed(() => import('./routes/regulators/regulators-page.tsx'), 'RegulatorsPage');
const IndustriesPage = lazyNamed(() => import('./routes/industries/industries-page.tsx'), 'IndustriesPage');

/** Pages reachable without a session. */
export const identityPublicRoutes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  { path: '/m/login', element: <MobileLoginPage /> },
  { path: '/register', element: <SelfRegistrationPage /> },
];

/** Pages that need a session but no desktop shell (the forced password change among them). */
export const identitySessionRoutes: RouteObject[] = [
  { path: '/change-password', element: <ChangePasswordPage /> },
];

/** Pages inside the desktop layout. */
export const identityDesktopRoutes: RouteObject[] = [
  { path: 'enterprise', element: <EnterpriseProfilePage /> },
  {
    path: 'enterprise/edit',
    element: (
      <Permitted permission="enterprise.update">
        <EnterpriseEditPage />
      </Permitted>
    ),
  },
  { path: 'org-units', element: <OrgUnitsPage /> },
  {
    path: 'users',
    element: (
      <Permitted permission="user.read">
        <UsersPage />
      </Permitted>
    ),
  },
  {
    path: 'api-tokens',
    element: (
      <Permitted permission="apiToken.manage">
        <ApiTokensPage />
      </Permitted>
    ),
  },
  { path: 'enterprises', element: <EnterpriseListPage /> },
  {
    path: 'enterprises/new',
    element: (
      <Permitted permission="enterprise.register">
        <EnterpriseRegisterPage />
      </Permitted>
    ),
  },
  { path: 'enterprises/:id', element: <EnterpriseDetailPage /> },
  { path: 'enterprises/:id/edit', element: <EnterpriseEditPage /> },
  {
    path: 'admin/jurisdictions',
    element: (
      <Permitted permission="jurisdiction.manage">
        <JurisdictionsPage />
      </Permitted>
    ),
  },
  {
    path: 'admin/regulators',
    element: (
      <Permitted permission="regulator.manage">
        <RegulatorsPage />
      </Permitted>
    ),
  },
  {
    path: 'admin/industries',
    element: (
      <Permitted permission="industry.manage">
        <IndustriesPage />
      </Permitted>
    ),
  },
];

/** Children of /m, inside the phone shell: 我的 (account, language, logout). */
export const identityMobileRoutes: RouteObject[] = [{ path: 'me', element: <MobileMePage /> }];
