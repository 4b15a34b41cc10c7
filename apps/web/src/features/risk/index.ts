export { riskFeature } from './feature.ts';
export { mobileUnitSections, type MobileUnitSection } from './slots.ts';
export { useRegisterTree } from './api/register-api.ts';
