import { z } from 'zod';
import { RESULT_SUCCESS } from '../../../../validation';
import { route } from '../../../meta';
import { ZModelAddress } from '../schemas/inputs.schemas';

/** Decimal strings, as the catalog writes prices: no float rounding reaches billing. */
const zDecimal = z.string().regex(/^\d{1,13}(\.\d{1,10})?$/, 'must be a non-negative decimal number');

export const setPriceMeta = route({
  method: 'POST',
  path: '/workspaces/current/model-providers/{provider}/models/pricing',
  tags: ['Model Providers'],
  summary: "Tessera addition: set the workspace's price for a model; tokens × price × unit, in currency (admin/owner)",
});
export const ZSetPriceRequest = ZModelAddress.extend({
  input: zDecimal,
  output: zDecimal.nullish(),
  unit: zDecimal,
  currency: z.string().regex(/^[A-Za-z]{3,10}$/, 'must be a currency code such as USD'),
});
export const ZSetPriceResponse = RESULT_SUCCESS;
