export * from './schedule.ts';
export * from './api.ts';
