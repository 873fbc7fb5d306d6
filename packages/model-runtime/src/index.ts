export * from './types';
export * from './errors';
export * from './catalog';
export * from './runtime';
