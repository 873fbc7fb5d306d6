export { createNodeListener, isApiPath, type NodeRequestHandler, type PageServer } from './node-listener';
export { closeOnSignals, type RunningServer, startServer, type StartServerOptions } from './start-server';
