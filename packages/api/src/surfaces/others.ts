import { resolvePassportCaller } from '../auth/passport';
import { buildContext } from '../context';
import { type Surface } from '../http/surface';
import { filesRouter } from '../routers/files/router';
import { innerRouter } from '../routers/inner/router';
import { pluginStreamRoutes } from '../routers/inner/plugin/stream-routes';
import { mcpRouter } from '../routers/mcp/router';
import { webGenerationRoutes } from '../routers/web/generation/generation-routes';
import { webRouter } from '../routers/web/router';
import { filesPlainRoutes } from './files-plain-routes';
import { webPlainRoutes } from './web-plain-routes';

export const webSurface: Surface = {
  name: 'web',
  prefix: '/api',
  title: 'Web App API',
  description: "The API behind published web apps, called by end users' browsers.",
  router: webRouter,
  cors: true,
  plainRoutes: [...webGenerationRoutes, ...webPlainRoutes],
  createContext: (deps, req, connection) =>
    buildContext(deps, req, { passport: (info) => resolvePassportCaller(deps, info) }, connection),
  securitySchemes: { Passport: { type: 'apiKey', in: 'header', name: 'X-App-Passport' } },
};

export const innerSurface: Surface = {
  name: 'inner',
  prefix: '/inner/api',
  title: 'Inner API',
  description:
    'Trusted internal calls, authenticated with `X-Inner-Api-Key`: INNER_API_KEY for the enterprise routes, INNER_API_KEY_FOR_PLUGIN (default INNER_API_KEY) for the plugin daemon\'s invocations.',
  router: innerRouter,
  cors: false,
  plainRoutes: pluginStreamRoutes,
  createContext: (deps, req, connection) => buildContext(deps, req, {}, connection),
  securitySchemes: { InnerApiKey: { type: 'apiKey', in: 'header', name: 'X-Inner-Api-Key' } },
};

export const filesSurface: Surface = {
  name: 'files',
  prefix: '/files',
  title: 'Files API',
  description: 'Signed file previews and downloads.',
  router: filesRouter,
  cors: true,
  plainRoutes: filesPlainRoutes,
  createContext: (deps, req, connection) => buildContext(deps, req, {}, connection),
  securitySchemes: {},
};

export const mcpSurface: Surface = {
  name: 'mcp',
  prefix: '/mcp',
  title: 'MCP API',
  description: 'Apps exposed as Model Context Protocol servers.',
  router: mcpRouter,
  cors: true,
  plainRoutes: [],
  createContext: (deps, req, connection) => buildContext(deps, req, {}, connection),
  securitySchemes: {},
};
