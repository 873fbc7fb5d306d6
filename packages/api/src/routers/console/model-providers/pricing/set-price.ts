import { setPriceOverride } from '../../../../services/model-providers/price-overrides';
import { authedProcedure } from '../../../../trpc';
import { setPriceMeta, ZSetPriceRequest, ZSetPriceResponse } from './set-price.types';

export const setPriceProcedure = authedProcedure
  .meta(setPriceMeta)
  .input(ZSetPriceRequest)
  .output(ZSetPriceResponse)
  .mutation(async ({ ctx, input }) => {
    await setPriceOverride(ctx.deps, ctx.actor, input);
    return { result: 'success' as const };
  });
