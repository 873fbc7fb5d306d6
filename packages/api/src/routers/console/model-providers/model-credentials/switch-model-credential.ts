import { switchModelCredential } from '../../../../services/model-providers/model-credentials';
import { authedProcedure } from '../../../../trpc';
import { switchModelCredentialMeta, ZSwitchModelCredentialRequest, ZSwitchModelCredentialResponse } from './switch-model-credential.types';

export const switchModelCredentialProcedure = authedProcedure
  .meta(switchModelCredentialMeta)
  .input(ZSwitchModelCredentialRequest)
  .output(ZSwitchModelCredentialResponse)
  .mutation(async ({ ctx, input }) => {
    await switchModelCredential(ctx.deps, ctx.actor, input);
    return { result: 'success' as const };
  });
