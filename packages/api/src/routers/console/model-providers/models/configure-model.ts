import { configureModel } from '../../../../services/model-providers/model-credentials';
import { authedProcedure } from '../../../../trpc';
import { configureModelMeta, ZConfigureModelRequest, ZConfigureModelResponse } from './configure-model.types';

export const configureModelProcedure = authedProcedure
  .meta(configureModelMeta)
  .input(ZConfigureModelRequest)
  .output(ZConfigureModelResponse)
  .mutation(async ({ ctx, input }) => {
    await configureModel(ctx.deps, ctx.actor, input);
    return { result: 'success' as const };
  });
