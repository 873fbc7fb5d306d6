import { appKeyProcedure } from '../../../auth/app-key';
import { getUsableModelParameters } from '../../../services/model-providers/parameter-rules';
import { getModelParametersMeta, ZGetModelParametersRequest, ZGetModelParametersResponse } from './get-model-parameters.types';

export const getModelParametersProcedure = appKeyProcedure
  .meta(getModelParametersMeta)
  .input(ZGetModelParametersRequest)
  .output(ZGetModelParametersResponse)
  .query(({ ctx, input }) => getUsableModelParameters(ctx.deps, ctx.app.workspaceId, input));
