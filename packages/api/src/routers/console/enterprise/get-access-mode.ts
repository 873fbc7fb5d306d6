import { getWebAppAccessMode } from '../../../services/apps/web-app-access';
import { authedProcedure } from '../../../trpc';
import { getAccessModeMeta, ZGetAccessModeRequest, ZGetAccessModeResponse } from './get-access-mode.types';

export const getAccessModeProcedure = authedProcedure
  .meta(getAccessModeMeta)
  .input(ZGetAccessModeRequest)
  .output(ZGetAccessModeResponse)
  .query(({ ctx, input }) => getWebAppAccessMode(ctx.deps, ctx.actor, input.appId));
