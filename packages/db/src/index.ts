export * from './client';
export * from './pubsub';
export * from './migrations';
export * as schema from './schema';
export * from './schema';
export * from './data-dir';
export * from './new-data-folder';
