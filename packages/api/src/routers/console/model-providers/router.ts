import { router } from '../../../trpc';
import { providerCredentialsRouter } from './credentials/router';
import { defaultModelRouter } from './default-model/router';
import { listProvidersProcedure } from './list-providers';
import { modelCredentialsRouter } from './model-credentials/router';
import { providerModelsRouter } from './models/router';
import { pricingRouter } from './pricing/router';
import { setPreferredTypeProcedure } from './set-preferred-type';
import { modelUsageRouter } from './usage/router';

/** Model providers, their credentials and models, default models, prices and usage (console). */
export const modelProvidersRouter = router({
  list: listProvidersProcedure,
  setPreferredType: setPreferredTypeProcedure,
  modelCredentials: modelCredentialsRouter,
  pricing: pricingRouter,
  credentials: providerCredentialsRouter,
  models: providerModelsRouter,
  defaultModel: defaultModelRouter,
  usage: modelUsageRouter,
});
