import { z } from 'zod';
import { deleteProviderCredential } from '../../../../services/model-providers/provider-credentials';
import { authedProcedure } from '../../../../trpc';
import { deleteCredentialMeta, ZDeleteCredentialRequest } from './delete-credential.types';

export const deleteCredentialProcedure = authedProcedure
  .meta(deleteCredentialMeta)
  .input(ZDeleteCredentialRequest)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await deleteProviderCredential(ctx.deps, ctx.actor, input);
    ctx.response.setStatus(204);
  });
