export { hazardFeature } from './feature.ts';
export {
  hazardDetailNotices,
  regionalMajorHazardActions,
  type HazardDetailNotice,
  type RegionalMajorHazardAction,
} from './slots.ts';
