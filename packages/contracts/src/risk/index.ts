export * from './levels.ts';
export * from './accident-types.ts';
export * from './risk-factors.ts';
export * from './measures.ts';
export * from './chemicals.ts';
export * from './assessment.ts';
