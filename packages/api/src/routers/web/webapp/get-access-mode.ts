import { webAppAccessModeOf } from '../../../services/web-app/access-mode';
import { publicProcedure } from '../../../trpc';
import { getAccessModeMeta, ZGetAccessModeRequest, ZGetAccessModeResponse } from './get-access-mode.types';

export const getAccessModeProcedure = publicProcedure
  .meta(getAccessModeMeta)
  .input(ZGetAccessModeRequest)
  .output(ZGetAccessModeResponse)
  .query(({ ctx, input }) => webAppAccessModeOf(ctx.deps, input));
