import { z } from 'zod';
import { removePriceOverride } from '../../../../services/model-providers/price-overrides';
import { authedProcedure } from '../../../../trpc';
import { removePriceMeta, ZRemovePriceRequest } from './remove-price.types';

export const removePriceProcedure = authedProcedure
  .meta(removePriceMeta)
  .input(ZRemovePriceRequest)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await removePriceOverride(ctx.deps, ctx.actor, input);
    ctx.response.setStatus(204);
  });
