import { setDefaultModels } from '../../../../services/model-providers/default-models';
import { authedProcedure } from '../../../../trpc';
import { setDefaultModelMeta, ZSetDefaultModelRequest, ZSetDefaultModelResponse } from './set-default-model.types';

export const setDefaultModelProcedure = authedProcedure
  .meta(setDefaultModelMeta)
  .input(ZSetDefaultModelRequest)
  .output(ZSetDefaultModelResponse)
  .mutation(async ({ ctx, input }) => {
    await setDefaultModels(ctx.deps, ctx.actor, input);
    return { result: 'success' as const };
  });
