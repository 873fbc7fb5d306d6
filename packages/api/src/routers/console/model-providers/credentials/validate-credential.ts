import { validateProviderCredential } from '../../../../services/model-providers/provider-credentials';
import { authedProcedure } from '../../../../trpc';
import { validateCredentialMeta, ZValidateCredentialRequest, ZValidateCredentialResponse } from './validate-credential.types';

export const validateCredentialProcedure = authedProcedure
  .meta(validateCredentialMeta)
  .input(ZValidateCredentialRequest)
  .output(ZValidateCredentialResponse)
  .mutation(({ ctx, input }) => validateProviderCredential(ctx.deps, ctx.actor, input));
