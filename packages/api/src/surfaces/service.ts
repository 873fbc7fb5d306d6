import { resolveAppCaller } from '../auth/app-key';
import { resolveDatasetCaller } from '../auth/dataset-key';
import { buildContext } from '../context';
import { type Surface } from '../http/surface';
import { serviceRouter } from '../routers/service/router';
import { servicePlainRoutes } from './service-plain-routes';

export const serviceSurface: Surface = {
  name: 'service',
  prefix: '/v1',
  title: 'Service API',
  description: "Dify's Service API for integrators, authenticated with an app's API key.",
  router: serviceRouter,
  cors: true,
  plainRoutes: servicePlainRoutes,
  createContext: (deps, req, connection) =>
    buildContext(
      deps,
      req,
      { appCaller: (info) => resolveAppCaller(deps, info), datasetCaller: (info) => resolveDatasetCaller(deps, info) },
      connection,
    ),
  securitySchemes: { Authorization: { type: 'http', scheme: 'bearer', description: 'An app API key (`app-…`), or a knowledge API key (`dataset-…`) on `/datasets`' } },
};
