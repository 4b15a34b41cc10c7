export { hazardFeature } from './feature.ts';
