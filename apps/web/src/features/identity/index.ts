export { identityFeature } from './feature.ts';
export { enterpriseDetailTabs, type EnterpriseDetailTab } from './slots.ts';
export { sessionKey, useSessionQuery, useLogout } from './api/auth-api.ts';
export { useEnterprises } from './api/enterprise-api.ts';
export { useIndustries, useJurisdictions } from './api/reference-api.ts';
export { useOrgUnits } from './api/org-unit-api.ts';
export { useUsers, type User } from './api/user-api.ts';
