import { listProviderModels } from '../../../../services/model-providers/provider-models';
import { authedProcedure } from '../../../../trpc';
import { listModelsMeta, ZListModelsRequest, ZListModelsResponse } from './list-models.types';

export const listModelsProcedure = authedProcedure
  .meta(listModelsMeta)
  .input(ZListModelsRequest)
  .output(ZListModelsResponse)
  .query(({ ctx, input }) => listProviderModels(ctx.deps, ctx.actor, input));
