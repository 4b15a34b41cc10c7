import type { FeatureDescriptor } from '../../../shared/feature/feature.ts';

/**
 * The progress part of supervision: its routes, menu entries and slot fills, combined with the other
 * parts' in ../feature.ts.
 */
export const progressPart: Omit<FeatureDescriptor, 'name'> = {};
