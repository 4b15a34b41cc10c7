export { riskFeature } from './feature.ts';
