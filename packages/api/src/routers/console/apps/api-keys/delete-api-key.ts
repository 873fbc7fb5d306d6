import { z } from 'zod';
import { deleteAppApiKey } from '../../../../services/api-keys/app-api-keys';
import { authedProcedure } from '../../../../trpc';
import { deleteApiKeyMeta, ZDeleteApiKeyRequest } from './delete-api-key.types';

export const deleteApiKeyProcedure = authedProcedure
  .meta(deleteApiKeyMeta)
  .input(ZDeleteApiKeyRequest)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await deleteAppApiKey(ctx.deps, ctx.actor, input.app_id, input.key_id);
    ctx.response.setStatus(204);
  });
