export { hazardFeature } from './feature.ts';
export { regionalMajorHazardActions, type RegionalMajorHazardAction } from './slots.ts';
