export * from './answers';
export * from './app';
export * from './seed';
export * from './smtp';
export * from './conversations';
export * from './passports';
export * from './canary-server';
