import { router } from '../../../trpc';
import { getModelParametersProcedure } from './get-model-parameters';
import { listModelsProcedure } from './list-models';

/** The key's workspace's models on the Service API. */
export const serviceModelsRouter = router({
  list: listModelsProcedure,
  parameters: getModelParametersProcedure,
});
