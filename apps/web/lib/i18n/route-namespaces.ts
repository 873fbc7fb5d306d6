import { type Namespace } from './messages';

// What each route group's client components read; the rest of the catalogue stays on the server.
export const AUTH_NAMESPACES = ['common', 'errors', 'validation', 'install', 'signin', 'forgot', 'activate'] as const satisfies readonly Namespace[];

export const CONSOLE_NAMESPACES = [
  'common', 'errors', 'validation', 'nav', 'workspace', 'account', 'modes', 'modeDescriptions', 'apps', 'apiKeys', 'members',
  'roles', 'roleDescriptions', 'statuses', 'modelTypes', 'modelFeatures', 'modelProviders', 'outbox', 'mailStatuses',
  'apiReference', 'studio', 'datasets', 'websiteCrawl',
] as const satisfies readonly Namespace[];
