import { saveModelConfig } from '../../../../services/app-config/save-model-config';
import { authedProcedure } from '../../../../trpc';
import { saveModelConfigMeta, ZSaveModelConfigRequest, ZSaveModelConfigResponse } from './save-model-config.types';

export const saveModelConfigProcedure = authedProcedure
  .meta(saveModelConfigMeta)
  .input(ZSaveModelConfigRequest)
  .output(ZSaveModelConfigResponse)
  .mutation(({ ctx, input: { app_id, ...config } }) => saveModelConfig(ctx.deps, ctx.actor, app_id, config));
