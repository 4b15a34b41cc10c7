export * from './regional.ts';
export * from './map.ts';
export * from './assignment.ts';
export * from './listing.ts';
export * from './enforcement.ts';
export * from './progress.ts';
export * from './map-geometry.ts';
