import { resolveConsoleActor } from '../auth/console-session';
import { buildContext } from '../context';
import { type Surface } from '../http/surface';
import { consoleRouter } from '../routers/console/router';
import { consolePlainRoutes } from './console-plain-routes';

export const consoleSurface: Surface = {
  name: 'console',
  prefix: '/console/api',
  title: 'Console API',
  description: 'Console: setup, sign-in, workspaces, members, apps, API keys and files.',
  router: consoleRouter,
  cors: false,
  plainRoutes: consolePlainRoutes,
  createContext: (deps, req, connection) =>
    buildContext(deps, req, { actor: (info) => resolveConsoleActor(deps, info) }, connection),
  securitySchemes: {
    Authorization: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Console access token (or the access_token cookie with X-CSRF-Token).' },
  },
};
