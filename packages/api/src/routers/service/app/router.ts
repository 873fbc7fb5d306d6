import { router } from '../../../trpc';
import { getInfoProcedure } from './get-info';
import { getMetaProcedure } from './get-meta';
import { getParametersProcedure } from './get-parameters';
import { getSiteProcedure } from './get-site';

/** App metadata on the Service API, for the app behind the key. */
export const appMetadataRouter = router({
  info: getInfoProcedure,
  site: getSiteProcedure,
  parameters: getParametersProcedure,
  meta: getMetaProcedure,
});
