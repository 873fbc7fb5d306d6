import { router } from '../../../../trpc';
import { listPricesProcedure } from './list-prices';
import { removePriceProcedure } from './remove-price';
import { setPriceProcedure } from './set-price';

export const pricingRouter = router({ list: listPricesProcedure, set: setPriceProcedure, remove: removePriceProcedure });
