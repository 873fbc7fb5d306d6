import { getModelCredential } from '../../../../services/model-providers/model-credential-reads';
import { authedProcedure } from '../../../../trpc';
import { getModelCredentialMeta, ZGetModelCredentialRequest, ZGetModelCredentialResponse } from './get-model-credential.types';

export const getModelCredentialProcedure = authedProcedure
  .meta(getModelCredentialMeta)
  .input(ZGetModelCredentialRequest)
  .output(ZGetModelCredentialResponse)
  .query(({ ctx, input }) => getModelCredential(ctx.deps, ctx.actor, input));
