export * from './industries.ts';
export * from './credit-code.ts';
