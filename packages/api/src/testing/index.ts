export * from './answers';
export * from './app';
export * from './conversations';
export * from './seed';
export * from './smtp';
export * from './prompt-apps';
export * from './passports';
export * from './web-app';
