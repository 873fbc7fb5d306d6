import { z } from 'zod';
import { deleteModelCredential } from '../../../../services/model-providers/model-credentials';
import { authedProcedure } from '../../../../trpc';
import { deleteModelCredentialMeta, ZDeleteModelCredentialRequest } from './delete-model-credential.types';

export const deleteModelCredentialProcedure = authedProcedure
  .meta(deleteModelCredentialMeta)
  .input(ZDeleteModelCredentialRequest)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await deleteModelCredential(ctx.deps, ctx.actor, input);
    ctx.response.setStatus(204);
  });
