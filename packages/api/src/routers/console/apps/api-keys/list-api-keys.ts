import { listAppApiKeys } from '../../../../services/api-keys/app-api-keys';
import { authedProcedure } from '../../../../trpc';
import { listApiKeysMeta, ZListApiKeysRequest, ZListApiKeysResponse } from './list-api-keys.types';

export const listApiKeysProcedure = authedProcedure
  .meta(listApiKeysMeta)
  .input(ZListApiKeysRequest)
  .output(ZListApiKeysResponse)
  .query(({ ctx, input }) => listAppApiKeys(ctx.deps, ctx.actor, input.app_id));
