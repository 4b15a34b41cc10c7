export * from './codes.ts';
export * from './criteria.ts';
export * from './api.ts';
export * from './routes.ts';
