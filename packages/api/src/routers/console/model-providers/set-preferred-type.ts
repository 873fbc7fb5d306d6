import { switchPreferredProviderType } from '../../../services/model-providers/preferred-provider-type';
import { authedProcedure } from '../../../trpc';
import { setPreferredTypeMeta, ZSetPreferredTypeRequest, ZSetPreferredTypeResponse } from './set-preferred-type.types';

export const setPreferredTypeProcedure = authedProcedure
  .meta(setPreferredTypeMeta)
  .input(ZSetPreferredTypeRequest)
  .output(ZSetPreferredTypeResponse)
  .mutation(async ({ ctx, input }) => {
    await switchPreferredProviderType(ctx.deps, ctx.actor, input);
    return { result: 'success' as const };
  });
