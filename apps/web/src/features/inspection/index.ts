export { inspectionFeature } from './feature.ts';
