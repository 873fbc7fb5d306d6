import { createProviderCredential } from '../../../../services/model-providers/provider-credentials';
import { authedProcedure } from '../../../../trpc';
import { createCredentialMeta, ZCreateCredentialRequest, ZCreateCredentialResponse } from './create-credential.types';

export const createCredentialProcedure = authedProcedure
  .meta(createCredentialMeta)
  .input(ZCreateCredentialRequest)
  .output(ZCreateCredentialResponse)
  .mutation(async ({ ctx, input }) => {
    await createProviderCredential(ctx.deps, ctx.actor, input);
    ctx.response.setStatus(201);
    return { result: 'success' as const };
  });
