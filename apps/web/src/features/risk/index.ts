export { riskFeature } from './feature.ts';
export { mobileUnitSections, type MobileUnitSection } from './slots.ts';
