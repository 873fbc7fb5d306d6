import { validateModelCredential } from '../../../../services/model-providers/model-credential-reads';
import { authedProcedure } from '../../../../trpc';
import { validateModelCredentialMeta, ZValidateModelCredentialRequest, ZValidateModelCredentialResponse } from './validate-model-credential.types';

export const validateModelCredentialProcedure = authedProcedure
  .meta(validateModelCredentialMeta)
  .input(ZValidateModelCredentialRequest)
  .output(ZValidateModelCredentialResponse)
  .mutation(({ ctx, input }) => validateModelCredential(ctx.deps, ctx.actor, input));
