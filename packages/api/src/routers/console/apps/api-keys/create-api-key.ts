import { createAppApiKey } from '../../../../services/api-keys/app-api-keys';
import { authedProcedure } from '../../../../trpc';
import { createApiKeyMeta, ZCreateApiKeyRequest, ZCreateApiKeyResponse } from './create-api-key.types';

export const createApiKeyProcedure = authedProcedure
  .meta(createApiKeyMeta)
  .input(ZCreateApiKeyRequest)
  .output(ZCreateApiKeyResponse)
  .mutation(async ({ ctx, input }) => {
    const key = await createAppApiKey(ctx.deps, ctx.actor, input.app_id);
    ctx.response.setStatus(201);
    return key;
  });
