import { router } from '../../../trpc';
import { getInfoProcedure } from './get-info';
import { getSiteProcedure } from './get-site';

/** App metadata on the Service API, for the app behind the key. */
export const appMetadataRouter = router({
  info: getInfoProcedure,
  site: getSiteProcedure,
});
