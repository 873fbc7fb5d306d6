import { getProviderCredential } from '../../../../services/model-providers/provider-credentials';
import { authedProcedure } from '../../../../trpc';
import { getCredentialMeta, ZGetCredentialRequest, ZGetCredentialResponse } from './get-credential.types';

export const getCredentialProcedure = authedProcedure
  .meta(getCredentialMeta)
  .input(ZGetCredentialRequest)
  .output(ZGetCredentialResponse)
  .query(({ ctx, input }) => getProviderCredential(ctx.deps, ctx.actor, input));
