import { listPriceOverrides } from '../../../../services/model-providers/price-overrides';
import { authedProcedure } from '../../../../trpc';
import { listPricesMeta, ZListPricesRequest, ZListPricesResponse } from './list-prices.types';

export const listPricesProcedure = authedProcedure
  .meta(listPricesMeta)
  .input(ZListPricesRequest)
  .output(ZListPricesResponse)
  .query(({ ctx, input }) => listPriceOverrides(ctx.deps, ctx.actor, input));
