export * from './answers';
export * from './app';
export * from './seed';
export * from './smtp';
export * from './seed-conversation';
