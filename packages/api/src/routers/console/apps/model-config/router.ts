import { router } from '../../../../trpc';
import { getModelConfigProcedure } from './get-model-config';
import { listModelConfigVersionsProcedure } from './list-model-config-versions';
import { saveModelConfigProcedure } from './save-model-config';

export const modelConfigRouter = router({
  get: getModelConfigProcedure,
  save: saveModelConfigProcedure,
  versions: listModelConfigVersionsProcedure,
});
