import { switchProviderCredential } from '../../../../services/model-providers/provider-credentials';
import { authedProcedure } from '../../../../trpc';
import { switchCredentialMeta, ZSwitchCredentialRequest, ZSwitchCredentialResponse } from './switch-credential.types';

export const switchCredentialProcedure = authedProcedure
  .meta(switchCredentialMeta)
  .input(ZSwitchCredentialRequest)
  .output(ZSwitchCredentialResponse)
  .mutation(async ({ ctx, input }) => {
    await switchProviderCredential(ctx.deps, ctx.actor, input);
    return { result: 'success' as const };
  });
