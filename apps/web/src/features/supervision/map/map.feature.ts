import type { FeatureDescriptor } from '../../../shared/feature/feature.ts';

/**
 * The map part of supervision: its routes, menu entries and slot fills, combined with the other
 * parts' in ../feature.ts.
 */
export const mapPart: Omit<FeatureDescriptor, 'name'> = {};
