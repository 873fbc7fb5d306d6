export * from './answers';
export * from './app';
export * from './conversations';
export * from './seed';
export * from './smtp';
export * from './web-passport';
