import { updateModelCredential } from '../../../../services/model-providers/model-credentials';
import { authedProcedure } from '../../../../trpc';
import { updateModelCredentialMeta, ZUpdateModelCredentialRequest, ZUpdateModelCredentialResponse } from './update-model-credential.types';

export const updateModelCredentialProcedure = authedProcedure
  .meta(updateModelCredentialMeta)
  .input(ZUpdateModelCredentialRequest)
  .output(ZUpdateModelCredentialResponse)
  .mutation(async ({ ctx, input }) => {
    await updateModelCredential(ctx.deps, ctx.actor, input);
    return { result: 'success' as const };
  });
