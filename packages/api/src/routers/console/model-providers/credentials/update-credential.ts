import { updateProviderCredential } from '../../../../services/model-providers/provider-credentials';
import { authedProcedure } from '../../../../trpc';
import { updateCredentialMeta, ZUpdateCredentialRequest, ZUpdateCredentialResponse } from './update-credential.types';

export const updateCredentialProcedure = authedProcedure
  .meta(updateCredentialMeta)
  .input(ZUpdateCredentialRequest)
  .output(ZUpdateCredentialResponse)
  .mutation(async ({ ctx, input }) => {
    await updateProviderCredential(ctx.deps, ctx.actor, input);
    return { result: 'success' as const };
  });
