export type { Actor, AppCaller, Context } from './context';
export { type AppConfig, loadConfig } from './config';
export { type AppDeps, createAppDeps } from './deps';
export { AppError } from './errors';
export { createHttpHandler } from './http/handler';
export { consoleRouter, type ConsoleRouter } from './routers/console/router';
export { authenticateWithPassword } from './services/accounts/authenticate';
export { authenticateWithEmailCode, type EmailCodeCredentials } from './services/accounts/email-code-login';
export { createRuntime, getRuntime, type Runtime } from './runtime';
