export * from './answers';
export * from './app';
export * from './seed';
export * from './seed-conversations';
export * from './smtp';
