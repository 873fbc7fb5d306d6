import { router } from '../../../trpc';
import { getAppMetaProcedure, getMetaProcedure } from './get-meta';
import { getAppParametersProcedure, getParametersProcedure } from './get-parameters';

/** What a web app reads about itself before its first message. */
export const webAppMetadataRouter = router({
  parameters: getParametersProcedure,
  appParameters: getAppParametersProcedure,
  meta: getMetaProcedure,
  appMeta: getAppMetaProcedure,
});
