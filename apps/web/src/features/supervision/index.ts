export { supervisionFeature } from './feature.ts';
