import { setModelEnabled } from '../../../../services/model-providers/provider-models';
import { authedProcedure } from '../../../../trpc';
import { type RouteMeta } from '../../../meta';
import { disableModelMeta, enableModelMeta, ZToggleModelRequest, ZToggleModelResponse } from './toggle-model.types';

const toggleModel = (meta: RouteMeta, enabled: boolean) =>
  authedProcedure
    .meta(meta)
    .input(ZToggleModelRequest)
    .output(ZToggleModelResponse)
    .mutation(async ({ ctx, input }) => {
      await setModelEnabled(ctx.deps, ctx.actor, input, enabled);
      return { result: 'success' as const };
    });

export const enableModelProcedure = toggleModel(enableModelMeta, true);
export const disableModelProcedure = toggleModel(disableModelMeta, false);
