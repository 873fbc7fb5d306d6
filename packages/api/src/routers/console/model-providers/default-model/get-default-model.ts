import { getDefaultModel } from '../../../../services/model-providers/default-models';
import { authedProcedure } from '../../../../trpc';
import { getDefaultModelMeta, ZGetDefaultModelRequest, ZGetDefaultModelResponse } from './get-default-model.types';

export const getDefaultModelProcedure = authedProcedure
  .meta(getDefaultModelMeta)
  .input(ZGetDefaultModelRequest)
  .output(ZGetDefaultModelResponse)
  .query(({ ctx, input }) => getDefaultModel(ctx.deps, ctx.actor, input));
