import { getModelConfig } from '../../../../services/app-config/get-model-config';
import { authedProcedure } from '../../../../trpc';
import { getModelConfigMeta, ZGetModelConfigRequest, ZGetModelConfigResponse } from './get-model-config.types';

export const getModelConfigProcedure = authedProcedure
  .meta(getModelConfigMeta)
  .input(ZGetModelConfigRequest)
  .output(ZGetModelConfigResponse)
  .query(({ ctx, input }) => getModelConfig(ctx.deps, ctx.actor, input.app_id));
