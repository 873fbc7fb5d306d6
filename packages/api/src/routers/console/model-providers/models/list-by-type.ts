import { listConfiguredModels } from '../../../../services/model-providers/models-by-type';
import { authedProcedure } from '../../../../trpc';
import { listByTypeMeta, ZListByTypeRequest, ZListByTypeResponse } from './list-by-type.types';

export const listByTypeProcedure = authedProcedure
  .meta(listByTypeMeta)
  .input(ZListByTypeRequest)
  .output(ZListByTypeResponse)
  .query(({ ctx, input }) => listConfiguredModels(ctx.deps, ctx.actor, input));
