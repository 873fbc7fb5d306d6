import { updateWebAppAccessMode } from '../../../services/apps/web-app-access';
import { authedProcedure } from '../../../trpc';
import { updateAccessModeMeta, ZUpdateAccessModeRequest, ZUpdateAccessModeResponse } from './update-access-mode.types';

export const updateAccessModeProcedure = authedProcedure
  .meta(updateAccessModeMeta)
  .input(ZUpdateAccessModeRequest)
  .output(ZUpdateAccessModeResponse)
  .mutation(({ ctx, input }) => updateWebAppAccessMode(ctx.deps, ctx.actor, input));
