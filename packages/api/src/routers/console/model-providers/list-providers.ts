import { listModelProviders } from '../../../services/model-providers/provider-list';
import { authedProcedure } from '../../../trpc';
import { listProvidersMeta, ZListProvidersRequest, ZListProvidersResponse } from './list-providers.types';

export const listProvidersProcedure = authedProcedure
  .meta(listProvidersMeta)
  .input(ZListProvidersRequest)
  .output(ZListProvidersResponse)
  .query(({ ctx, input }) => listModelProviders(ctx.deps, ctx.actor, input));
