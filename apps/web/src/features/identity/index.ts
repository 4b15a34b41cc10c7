export { identityDesktopRoutes, identityPublicRoutes, identitySessionRoutes } from './routes.tsx';
export { useSessionQuery, useLogout } from './api/auth-api.ts';
export { JurisdictionPicker } from './components/jurisdiction-picker.tsx';
export { IndustrySelect } from './components/industry-select.tsx';
export { useEnterprises } from './api/enterprise-api.ts';
