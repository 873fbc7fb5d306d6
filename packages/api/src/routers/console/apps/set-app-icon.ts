import { setAppIcon } from '../../../services/apps/update-app';
import { authedProcedure } from '../../../trpc';
import { setAppIconMeta, ZSetAppIconRequest, ZSetAppIconResponse } from './set-app-icon.types';

export const setAppIconProcedure = authedProcedure
  .meta(setAppIconMeta)
  .input(ZSetAppIconRequest)
  .output(ZSetAppIconResponse)
  .mutation(({ ctx, input: { app_id, ...icon } }) => setAppIcon(ctx.deps, ctx.actor, app_id, icon));
