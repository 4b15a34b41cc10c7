export * from './schedule.ts';
export * from './api.ts';
export * from './indicators.ts';
export * from './templates.ts';
export * from './steward-defaults.ts';
export * from './plans.ts';
