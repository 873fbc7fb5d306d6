import { createModelCredential } from '../../../../services/model-providers/model-credentials';
import { authedProcedure } from '../../../../trpc';
import { createModelCredentialMeta, ZCreateModelCredentialRequest, ZCreateModelCredentialResponse } from './create-model-credential.types';

export const createModelCredentialProcedure = authedProcedure
  .meta(createModelCredentialMeta)
  .input(ZCreateModelCredentialRequest)
  .output(ZCreateModelCredentialResponse)
  .mutation(async ({ ctx, input }) => {
    await createModelCredential(ctx.deps, ctx.actor, input);
    ctx.response.setStatus(201);
    return { result: 'success' as const };
  });
