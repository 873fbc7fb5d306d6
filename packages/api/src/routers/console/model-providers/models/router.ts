import { router } from '../../../../trpc';
import { configureModelProcedure } from './configure-model';
import { listByTypeProcedure } from './list-by-type';
import { listModelsProcedure } from './list-models';
import { parameterRulesProcedure } from './parameter-rules';
import { removeModelProcedure } from './remove-model';
import { disableModelProcedure, enableModelProcedure } from './toggle-model';

/** A provider's models: `/workspaces/current/model-providers/{provider}/models…` and the by-type list. */
export const providerModelsRouter = router({
  listByType: listByTypeProcedure,
  parameterRules: parameterRulesProcedure,
  enable: enableModelProcedure,
  disable: disableModelProcedure,
  list: listModelsProcedure,
  configure: configureModelProcedure,
  remove: removeModelProcedure,
});
