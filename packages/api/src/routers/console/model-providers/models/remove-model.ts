import { z } from 'zod';
import { removeCustomModel } from '../../../../services/model-providers/provider-models';
import { authedProcedure } from '../../../../trpc';
import { removeModelMeta, ZRemoveModelRequest } from './remove-model.types';

export const removeModelProcedure = authedProcedure
  .meta(removeModelMeta)
  .input(ZRemoveModelRequest)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await removeCustomModel(ctx.deps, ctx.actor, input);
    ctx.response.setStatus(204);
  });
