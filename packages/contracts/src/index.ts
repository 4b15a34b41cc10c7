export * from './errors.ts';
export * from './common.ts';
export * from './auth/index.ts';
export * from './identity/index.ts';
export * from './identity/enterprise.ts';
export * from './risk/index.ts';
export * from './bounds.ts';
export * from './platform/event-deliveries.ts';
